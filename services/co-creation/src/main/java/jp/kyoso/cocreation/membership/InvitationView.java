package jp.kyoso.cocreation.membership;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A new invitation as its inviter sees it: the roster entry, whose address the invitation was mailed to. The
 * acceptance code is only in that mail (the database keeps its hash), so nobody hands a code over.
 */
@Serdeable
public record InvitationView(MemberView invitation) {

    static InvitationView of(Membership invitation) {
        return new InvitationView(MemberView.of(invitation));
    }
}
