package jp.kyoso.portal.mail;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The mails a person can receive and switch off one by one. The key names the template
 * ({@code mail/<key>_<ja|en>.txt}) and the preference. {@code namesOthers}: the mail names people other than the
 * recipient, so a minor (YOUTH) never receives it.
 */
public enum MailKind {
    PROPOSAL_SHORTLISTED(false),
    PROPOSAL_ADOPTED(false),
    PROPOSAL_DECLINED(false),
    DECLARATION_RETURNED(false),
    DECLARATION_REGISTERED(false),
    DECLARATION_REPORT_DUE(false),
    DECLARATION_OVERDUE(false),
    DECLARATION_LAPSED(false),
    APPLICATION_SCREENED(false),
    APPLICATION_DECIDED(false),
    GRANT_DISBURSED(false),
    MEETING_REMINDER(false),
    /** Titles of meetings, minutes and action items written by others: kept from minors. */
    DAILY_DIGEST(true);

    private final boolean namesOthers;

    MailKind(boolean namesOthers) {
        this.namesOthers = namesOthers;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean namesOthers() {
        return namesOthers;
    }

    public static Optional<MailKind> ofKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key().equals(key)).findFirst();
    }
}
