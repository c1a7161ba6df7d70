package jp.kyoso.cocreation.web;

import io.micronaut.serde.annotation.Serdeable;
import jp.kyoso.cocreation.application.Invitation;

/** A new invitation, with the acceptance code shown this once so the inviter can pass it on if mail fails. */
@Serdeable
public record InvitationView(MemberView invitation, String acceptCode) {

    static InvitationView of(Invitation invitation) {
        return new InvitationView(MemberView.of(invitation.membership()), invitation.acceptCode());
    }
}
