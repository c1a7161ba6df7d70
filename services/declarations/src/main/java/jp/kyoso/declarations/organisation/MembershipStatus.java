package jp.kyoso.declarations.organisation;

/** What co-creation last decided about an organisation's membership. */
public enum MembershipStatus {
    APPROVED,
    REJECTED
}
