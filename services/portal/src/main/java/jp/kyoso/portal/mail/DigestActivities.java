package jp.kyoso.portal.mail;

import java.util.Map;
import jp.kyoso.mail.MailLanguage;

/** What each kind of followed activity in a digest is called in a mail (co-creation's {@code ActivityKind}). */
final class DigestActivities {

    private static final Map<String, String> JAPANESE = Map.of(
            "MEETING_SCHEDULED", "会合の開催予定",
            "MEETING_CANCELLED", "会合の中止",
            "MEETING_HELD", "会合の開催",
            "MINUTES_APPROVED", "議事録の確定",
            "ACTION_ITEM_RAISED", "課題ボードへの提起");
    private static final Map<String, String> ENGLISH = Map.of(
            "MEETING_SCHEDULED", "Meeting scheduled",
            "MEETING_CANCELLED", "Meeting cancelled",
            "MEETING_HELD", "Meeting held",
            "MINUTES_APPROVED", "Minutes approved",
            "ACTION_ITEM_RAISED", "Raised to the issue board");

    private DigestActivities() {
    }

    /** @return the label in the language; an unknown (newer) kind is shown as it is */
    static String label(String kind, String language) {
        Map<String, String> labels = MailLanguage.ENGLISH.equals(MailLanguage.of(language)) ? ENGLISH : JAPANESE;
        return labels.getOrDefault(kind, kind);
    }
}
