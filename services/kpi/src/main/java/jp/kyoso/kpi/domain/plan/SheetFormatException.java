package jp.kyoso.kpi.domain.plan;

/** The pasted text is not a table we can read; {@code code} names the reason for the user's message. */
public class SheetFormatException extends RuntimeException {

    private final String code;

    public SheetFormatException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
