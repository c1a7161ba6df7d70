package jp.kyoso.cocreation.membership;

/** A change the membership's current status does not allow, e.g. accepting an invitation twice. */
public class MembershipTransitionException extends RuntimeException {

    private final MembershipStatus current;

    public MembershipTransitionException(MembershipStatus current, String attempted) {
        super("Cannot " + attempted + " a membership that is " + current);
        this.current = current;
    }

    public MembershipStatus current() {
        return current;
    }
}
