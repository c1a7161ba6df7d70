package jp.kyoso.cocreation.organisation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Set;
import jp.kyoso.cocreation.membership.Invitation;
import jp.kyoso.cocreation.membership.MembershipService;
import jp.kyoso.events.cocreation.MemberRole;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Seeds the demo organisations of local mode through the ordinary use cases (admission, invitation, acceptance),
 * so that their events reach every projection exactly like a real member's. Idempotent: an organisation already
 * there, whatever its status, is left alone.
 */
@Singleton
public class DemoOrganisations {

    private final OrganisationService organisations;
    private final MembershipService memberships;

    public DemoOrganisations(OrganisationService organisations, MembershipService memberships) {
        this.organisations = organisations;
        this.memberships = memberships;
    }

    /** @return whether the organisation was admitted now (false: it was there already) */
    @Transactional
    public boolean seed(DemoOrganisation demo) {
        if (organisations.find(demo.id()).isPresent()) {
            return false;
        }
        Organisation admitted = organisations.admit(demo.id(), demo.name(), demo.organisationType(), null, null, null,
                "demo");
        if (demo.adminEmail() != null && demo.adminUserId() != null && demo.adminUsername() != null) {
            Invitation invitation = memberships.issue(admitted, demo.adminEmail(), MemberRole.ADMIN, "demo");
            memberships.accept(invitation.membership().id(), invitation.acceptCode(), new CurrentUser(
                    demo.adminUserId(), demo.adminUsername(), admitted.id().toString(), Set.of(Roles.MEMBER)));
        }
        return true;
    }
}
