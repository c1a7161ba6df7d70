package jp.kyoso.fund.shared;

/** An operation the current state of a call or application does not allow. */
public class TransitionException extends RuntimeException {

    private final String state;

    public TransitionException(String state, String attempted) {
        super("cannot " + attempted + " in state " + state);
        this.state = state;
    }

    public String state() {
        return state;
    }
}
