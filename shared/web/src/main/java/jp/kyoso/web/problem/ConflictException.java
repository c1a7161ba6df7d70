package jp.kyoso.web.problem;

import io.micronaut.http.HttpStatus;

/**
 * The request contradicts the current state (already registered, call closed, stale version): 409.
 * {@code code} is the message key of the detail and the problem type ({@code urn:kyoso:problem:<code>}).
 */
public final class ConflictException extends CodedProblemException {

    public ConflictException(String code, Object... args) {
        super("Conflict", code, args);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
