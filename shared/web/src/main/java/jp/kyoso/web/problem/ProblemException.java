package jp.kyoso.web.problem;

import io.micronaut.http.HttpStatus;

/**
 * Base of the exceptions application code throws to answer with a problem; the exception message is for logs
 * only (English, may name ids), the response text comes from message keys.
 */
public abstract sealed class ProblemException extends RuntimeException
        permits InvalidInputException, NotFoundException, CodedProblemException, ForbiddenException {

    protected ProblemException(String logMessage) {
        super(logMessage);
    }

    /** The HTTP status the problem is answered with. */
    public abstract HttpStatus status();
}
