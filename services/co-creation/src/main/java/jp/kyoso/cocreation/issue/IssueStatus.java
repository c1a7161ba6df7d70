package jp.kyoso.cocreation.issue;

/** OPEN issues gather endorsements and comments; MERGED ones live on in another; PROMOTED ones went to City Lab. */
public enum IssueStatus {
    OPEN,
    MERGED,
    PROMOTED
}
