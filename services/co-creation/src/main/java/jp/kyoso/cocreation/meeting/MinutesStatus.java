package jp.kyoso.cocreation.meeting;

/** Minutes are drafted in versions; approving the latest version publishes it and ends editing. */
public enum MinutesStatus {
    DRAFT,
    APPROVED
}
