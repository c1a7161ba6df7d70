package jp.kyoso.cocreation.issue;

/** A change the issue's status does not allow, e.g. endorsing one already promoted. */
public class IssueTransitionException extends RuntimeException {

    private final IssueStatus current;

    public IssueTransitionException(IssueStatus current, String attempted) {
        super("Cannot " + attempted + " an issue that is " + current);
        this.current = current;
    }

    public IssueStatus current() {
        return current;
    }
}
