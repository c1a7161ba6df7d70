package jp.kyoso.cocreation.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import java.util.UUID;
import jp.kyoso.cocreation.organisation.DemoOrganisation;
import jp.kyoso.events.cocreation.OrganisationType;

/**
 * One demo organisation of local mode, {@code kyoso.demo.organisations.<key>.*}. The ids are the portal's demo
 * users' organisation ids, given here as configuration so that this service imports nothing from the portal.
 */
@EachProperty("kyoso.demo.organisations")
public class DemoOrganisationSettings {

    private final String key;
    private UUID id;
    private String name;
    private OrganisationType organisationType;
    @Nullable
    private String adminEmail;
    @Nullable
    private String adminUserId;
    @Nullable
    private String adminUsername;

    public DemoOrganisationSettings(@Parameter String key) {
        this.key = key;
    }

    DemoOrganisation toDemoOrganisation() {
        if (id == null || name == null || organisationType == null) {
            throw new IllegalStateException("kyoso.demo.organisations." + key + " needs id, name and organisation-type");
        }
        return new DemoOrganisation(id, name, organisationType, adminEmail, adminUserId, adminUsername);
    }

    public String getKey() {
        return key;
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public void setOrganisationType(OrganisationType organisationType) {
        this.organisationType = organisationType;
    }

    @Nullable
    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(@Nullable String adminEmail) {
        this.adminEmail = adminEmail;
    }

    @Nullable
    public String getAdminUserId() {
        return adminUserId;
    }

    public void setAdminUserId(@Nullable String adminUserId) {
        this.adminUserId = adminUserId;
    }

    @Nullable
    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(@Nullable String adminUsername) {
        this.adminUsername = adminUsername;
    }
}
