package jp.kyoso.cocreation.membership;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kyoso.cocreation.organisation.Organisation;
import jp.kyoso.events.cocreation.MemberRole;
import jp.kyoso.mail.MailFormats;
import jp.kyoso.mail.MailLanguage;
import jp.kyoso.mail.MailOutbox;
import jp.kyoso.mail.OutgoingMail;
import jp.kyoso.mail.PortalLinks;

/**
 * Mails an invitation with its acceptance link. Only the transaction that creates the invitation knows the code in
 * clear (the database keeps its hash), so the mail is written there. The invited address may have no account yet,
 * hence no language choice: the Japanese mail carries an English paragraph.
 */
@Singleton
public class InvitationMail {

    public static final String KIND = "invitation";
    private final MailOutbox mails;
    private final PortalLinks links;

    public InvitationMail(MailOutbox mails, PortalLinks links) {
        this.mails = mails;
        this.links = links;
    }

    void enqueue(Membership invitation, Organisation organisation, String code) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("invitation", invitation.id().toString());
        query.put("code", code);
        mails.enqueue(new OutgoingMail(KIND, invitation.email(), MailLanguage.JAPANESE, Map.of(
                "organisation", organisation.name(),
                "admin", invitation.role() == MemberRole.ADMIN,
                "link", links.screen("/account/join", query),
                "expiresJa", MailFormats.dateTime(invitation.expiresAt(), MailLanguage.JAPANESE),
                "expiresEn", MailFormats.dateTime(invitation.expiresAt(), MailLanguage.ENGLISH))));
    }
}
