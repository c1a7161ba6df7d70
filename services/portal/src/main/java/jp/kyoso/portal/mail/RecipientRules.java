package jp.kyoso.portal.mail;

import jp.kyoso.web.security.Roles;

/** Who receives a mail of a kind: someone with an address who has not switched it off; no minor hears of others. */
public final class RecipientRules {

    private RecipientRules() {
    }

    public static boolean receives(MailRecipient recipient, MailKind kind) {
        if (recipient.email() == null || recipient.email().isBlank()) {
            return false;
        }
        if (kind.namesOthers() && recipient.roles().contains(Roles.YOUTH)) {
            return false;
        }
        return !recipient.disabledKinds().contains(kind.key());
    }
}
