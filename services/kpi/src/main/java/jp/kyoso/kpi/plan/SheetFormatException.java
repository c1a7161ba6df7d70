package jp.kyoso.kpi.plan;

/** The pasted text is not a table we can read; {@code code} names the reason for the user's message. */
public class SheetFormatException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public SheetFormatException(String code, String message, Object... args) {
        super(message);
        this.code = code;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    /** Arguments of the user's message, e.g. the headers we do not know. */
    public Object[] args() {
        return args.clone();
    }
}
