package jp.kyoso.web.problem;

import io.micronaut.http.HttpStatus;

import java.util.Arrays;

/**
 * The request body is not one well-formed JSON document in UTF-8, so no field can be named: 400 with the problem type
 * {@code urn:kyoso:problem:<code>} ({@code invalid-encoding}, {@code trailing-content}, {@code malformed-body}) and
 * the message keys {@code problem.<code>.title} / {@code .detail}.
 */
public final class MalformedBodyException extends ProblemException {

    private final String code;
    private final Object[] args;

    public MalformedBodyException(String code, Object... args) {
        super("Malformed body: " + code + (args == null || args.length == 0 ? "" : " " + Arrays.toString(args)));
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
        return HttpStatus.BAD_REQUEST;
    }
}
