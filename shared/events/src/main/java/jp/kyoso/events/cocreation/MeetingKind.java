package jp.kyoso.events.cocreation;

/** What kind of gathering a meeting is, with the label users read. */
public enum MeetingKind {
    /** A working group's or the platform's business meeting (会議・部会). */
    MEETING("会議", "Meeting"),
    /** An exchange of views (意見交換会). */
    EXCHANGE_OF_VIEWS("意見交換会", "Exchange of views"),
    /** A networking session between members (交流会). */
    NETWORKING("交流会", "Networking session");

    private final String japanese;
    private final String english;

    MeetingKind(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    public String japanese() {
        return japanese;
    }

    public String english() {
        return english;
    }
}
