package jp.kyoso.cocreation.membership;

/** An invitation is open (INVITED) until accepted (ACTIVE), replaced after its expiry (EXPIRED) or withdrawn (REMOVED). */
public enum MembershipStatus {
    INVITED,
    ACTIVE,
    EXPIRED,
    REMOVED
}
