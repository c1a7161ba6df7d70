package jp.kyoso.cocreation.meeting;

import java.util.List;

/**
 * A rule of working groups, meetings or youth proposals forbids what was attempted in the current state; the code is
 * a message key, so the web layer can answer 409 in the caller's language.
 */
public class MeetingRuleException extends RuntimeException {

    private final String code;
    private final transient List<Object> args;

    public MeetingRuleException(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.toArray();
    }
}
