package jp.kyoso.cocreation.follow;

/** Things that happen to followed working groups and meetings; each has a message {@code activity.<KIND>}. */
public enum ActivityKind {
    MEETING_SCHEDULED,
    MEETING_CANCELLED,
    MEETING_HELD,
    MINUTES_APPROVED,
    ACTION_ITEM_RAISED
}
