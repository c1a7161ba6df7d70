package jp.kyoso.cocreation.workinggroup;

/** Where a person stands with a working group. */
public enum WorkingGroupMemberStatus {
    /** Asked to join a closed group; the lead or the secretariat decides. */
    PENDING,
    ACTIVE,
    DECLINED,
    LEFT
}
