package jp.kyoso.web.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** The request is well-formed but some fields break a rule only the application can check: 400 with field errors. */
public final class InvalidInputException extends ProblemException {

    private final List<FieldErrorKey> errors;

    public InvalidInputException(List<FieldErrorKey> errors) {
        super("Invalid input: " + errors);
        this.errors = List.copyOf(errors);
    }

    /** A single invalid field, e.g. {@code of("deadline", "Future")} or {@code of("page", "Min", 0)}. */
    public static InvalidInputException of(String field, String code, Object... args) {
        return new InvalidInputException(List.of(new FieldErrorKey(field, code, args)));
    }

    public List<FieldErrorKey> errors() {
        return errors;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
