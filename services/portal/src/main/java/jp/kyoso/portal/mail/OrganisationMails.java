package jp.kyoso.portal.mail;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import jp.kyoso.mail.MailOutbox;
import jp.kyoso.mail.OutgoingMail;
import jp.kyoso.mail.PortalLinks;

/**
 * Mails one kind of news to every person of the organisation an event names (or to the people it names by id) who
 * receives that kind, each in their language. Runs inside the inbox transaction of the event, so a redelivered event
 * (found in the inbox) mails nobody twice, and a failure rolls the mails back with the inbox row.
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
        return organisation == null ? 0 : sendTo(kind, recipients.ofOrganisation(organisation), values);
    }

    /** Mails the people with these user ids (the portal's account ids), as {@link #send} does. */
    int sendToUsers(MailKind kind, List<String> userIds, Function<String, Map<String, ?>> values) {
        List<UUID> ids = userIds.stream().map(OrganisationMails::parse).filter(Objects::nonNull).toList();
        return ids.isEmpty() ? 0 : sendTo(kind, recipients.withIds(ids), values);
    }

    private int sendTo(MailKind kind, List<MailRecipient> people, Function<String, Map<String, ?>> values) {
        int sent = 0;
        for (MailRecipient recipient : people) {
            if (!RecipientRules.receives(recipient, kind)) {
                continue;
            }
            Map<String, Object> filled = new HashMap<>(values.apply(recipient.language()));
            filled.put("organisation", recipient.organisationName() == null ? "" : recipient.organisationName());
            filled.put("name", recipient.displayName());
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
