package jp.kyoso.cocreation.meeting;

/** A meeting is scheduled until the secretariat records that it was held (with attendance) or cancels it. */
public enum MeetingStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}
