package jp.kyoso.cocreation.timeline;

/** What happened to an organisation; the portal names each kind in Japanese and English. */
public enum TimelineKind {
    JOINED(false),
    ISSUE_RAISED(false),
    ISSUE_PROMOTED(false),
    CHALLENGE_DRAFTED(false),
    CHALLENGE_PUBLISHED(false),
    PROPOSAL_SUBMITTED(false),
    PROPOSAL_SHORTLISTED(true),
    PROPOSAL_ADOPTED(true),
    PROPOSAL_DECLINED(true),
    EXPERIMENT_AGREED(true),
    EXPERIMENT_DECLINED(true),
    PROJECT_STARTED(true),
    PROJECT_COMPLETED(true),
    DECLARATION_RETURNED(true),
    DECLARATION_REGISTERED(true),
    DECLARATION_REPORT_OVERDUE(true),
    DECLARATION_LAPSED(true),
    DECLARATION_REVOKED(true),
    APPLICATION_SUBMITTED(false),
    APPLICATION_SUBMITTED_CONTINUING(false),
    APPLICATION_ELIGIBLE(true),
    APPLICATION_INELIGIBLE(true),
    APPLICATION_AWARDED(true),
    APPLICATION_REJECTED(true),
    COMMITTEE_RESOLUTION(false),
    GRANT_PAID(true);

    private final boolean notifies;

    TimelineKind(boolean notifies) {
        this.notifies = notifies;
    }

    /** An outcome the organisation's people are told about in their inbox (same name as its notification kind). */
    public boolean notifies() {
        return notifies;
    }
}
