package jp.kyoso.portal.mail;

import java.util.Set;
import java.util.UUID;

/** A person who may receive a mail: their address, the language they chose, roles, and the kinds they switched off. */
public record MailRecipient(UUID userId, String email, String displayName, String organisationName, String language,
                            Set<String> roles, Set<String> disabledKinds) {

    public MailRecipient {
        roles = Set.copyOf(roles);
        disabledKinds = Set.copyOf(disabledKinds);
    }
}
