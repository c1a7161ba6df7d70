package jp.kyoso.cocreation.meeting;

/** An action item is open until it is raised as an issue for the issue board. */
public enum ActionItemStatus {
    OPEN,
    RAISED
}
