package jp.kyoso.cocreation.organisation;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationType;

/** A demo organisation of local mode and, optionally, the demo user who is its admin. */
public record DemoOrganisation(UUID id, String name, OrganisationType organisationType, @Nullable String adminEmail,
                               @Nullable String adminUserId, @Nullable String adminUsername) {
}
