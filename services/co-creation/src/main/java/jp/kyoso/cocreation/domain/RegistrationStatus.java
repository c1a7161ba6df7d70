package jp.kyoso.cocreation.domain;

/** A seat, a place on the waiting list (promoted in order), or a cancelled registration. */
public enum RegistrationStatus {
    REGISTERED,
    WAITLISTED,
    CANCELLED
}
