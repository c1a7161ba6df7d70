package jp.kyoso.cocreation.meeting;

/** A seat, a place on the waiting list (promoted in order), or a cancelled registration. */
public enum RegistrationStatus {
    REGISTERED,
    WAITLISTED,
    CANCELLED
}
