package jp.kyoso.web.problem;

import io.micronaut.http.HttpStatus;

/**
 * The request body is not one well-formed JSON document in UTF-8, so no field can be named: 400 with the problem type
 * {@code urn:kyoso:problem:<code>} ({@code invalid-encoding}, {@code trailing-content}, {@code malformed-body}) and
 * the message keys {@code problem.<code>.title} / {@code .detail}.
 */
public final class MalformedBodyException extends CodedProblemException {

    public MalformedBodyException(String code, Object... args) {
        super("Malformed body", code, args);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
