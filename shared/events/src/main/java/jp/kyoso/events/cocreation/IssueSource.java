package jp.kyoso.events.cocreation;

/** Where a local issue came from: a member's post on the board, or an action item of a meeting. */
public enum IssueSource {
    MEMBER,
    MEETING
}
