package jp.kyoso.declarations.domain;

/** What co-creation last decided about an organisation's membership. */
public enum MembershipStatus {
    APPROVED,
    REJECTED
}
