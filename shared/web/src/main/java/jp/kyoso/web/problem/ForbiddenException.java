package jp.kyoso.web.problem;

import io.micronaut.http.HttpStatus;

/**
 * The caller is signed in but may not do this to this resource (another organisation's data, a conflict of
 * interest): 403. Role checks belong in {@code @Secured}; this is for rules that need the data.
 * {@code code} is the message key of the detail and the problem type.
 */
public final class ForbiddenException extends ProblemException {

    private final String code;

    public ForbiddenException(String code) {
        super("Forbidden: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }
}
