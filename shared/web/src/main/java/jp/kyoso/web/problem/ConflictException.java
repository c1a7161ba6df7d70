package jp.kyoso.web.problem;

import io.micronaut.http.HttpStatus;

import java.util.Arrays;

/**
 * The request contradicts the current state (already registered, call closed, stale version): 409.
 * {@code code} is the message key of the detail and the problem type ({@code urn:kyoso:problem:<code>}).
 */
public final class ConflictException extends ProblemException {

    private final String code;
    private final Object[] args;

    public ConflictException(String code, Object... args) {
        super("Conflict: " + code + (args == null || args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.code = code;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
