package jp.kyoso.citylab.shared;

/** An action the aggregate's current state does not allow, e.g. publishing a challenge that is still a draft. */
public class TransitionException extends RuntimeException {

    private final String current;
    private final String attempted;

    public TransitionException(Enum<?> current, String attempted) {
        super("Cannot " + attempted + " in state " + current);
        this.current = current.name();
        this.attempted = attempted;
    }

    public String current() {
        return current;
    }

    public String attempted() {
        return attempted;
    }
}
