package jp.kyoso.events.cocreation;

/** What a person may do for their organisation: admins invite and remove people, members act for it. */
public enum MemberRole {
    ADMIN,
    MEMBER
}
