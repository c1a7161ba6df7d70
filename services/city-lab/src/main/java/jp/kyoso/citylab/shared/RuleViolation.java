package jp.kyoso.citylab.shared;

/**
 * A business rule that forbids the action for a reason other than the state alone (deadline passed, not signed off,
 * required text missing). {@code code} is the message key the web layer turns into a problem.
 */
public class RuleViolation extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public RuleViolation(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
