package jp.kyoso.cocreation.domain;

/** Why a person got an in-app notification; each kind has a message {@code notification.<KIND>} with the subject. */
public enum NotificationKind {
    REGISTRATION_CONFIRMED,
    REGISTRATION_WAITLISTED,
    WAITLIST_PROMOTED,
    JOIN_REQUEST_APPROVED,
    JOIN_REQUEST_DECLINED,
    YOUTH_IDEA_COMMENTED,
    YOUTH_IDEA_PRESENTED
}
