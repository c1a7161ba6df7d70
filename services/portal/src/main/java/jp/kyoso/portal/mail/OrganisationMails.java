package jp.kyoso.portal.mail;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import jp.kyoso.mail.MailOutbox;
import jp.kyoso.mail.OutgoingMail;
import jp.kyoso.mail.PortalLinks;

/**
 * Mails one kind of news to every person of the organisation an event names who receives that kind, each in their
 * language. Runs inside the inbox transaction of the event, so a redelivered event (found in the inbox) mails
 * nobody twice, and a failure rolls the mails back with the inbox row.
 */
@Singleton
class OrganisationMails {

    private final MailRecipients recipients;
    private final MailOutbox outbox;
    private final PortalLinks links;

    OrganisationMails(MailRecipients recipients, MailOutbox outbox, PortalLinks links) {
        this.recipients = recipients;
        this.outbox = outbox;
        this.links = links;
    }

    /** @param values the template's values for a language ({@code ja} or {@code en}) */
    int send(MailKind kind, String organisationId, Function<String, Map<String, ?>> values) {
        UUID organisation = parse(organisationId);
        if (organisation == null) {
            return 0;
        }
        int sent = 0;
        for (MailRecipient recipient : recipients.ofOrganisation(organisation)) {
            if (!RecipientRules.receives(recipient, kind)) {
                continue;
            }
            Map<String, Object> filled = new HashMap<>(values.apply(recipient.language()));
            filled.put("organisation", recipient.organisationName());
            filled.put("portalLink", links.screen("/"));
            filled.put("settingsLink", links.screen(MailPreferencesController.SCREEN));
            outbox.enqueue(new OutgoingMail(kind.key(), recipient.email(), recipient.language(), filled));
            sent++;
        }
        return sent;
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
