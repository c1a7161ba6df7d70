package jp.kyoso.web.problem;

import java.util.Arrays;

/**
 * A problem named by a code, which is the problem type ({@code urn:kyoso:problem:<code>}) and the message key of its
 * detail, with the message's arguments.
 */
public abstract sealed class CodedProblemException extends ProblemException
        permits ConflictException, MalformedBodyException {

    private final String code;
    private final Object[] args;

    /** @param logPrefix what the log says before the code, e.g. {@code Conflict} */
    CodedProblemException(String logPrefix, String code, Object... args) {
        super(logPrefix + ": " + code + (args == null || args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.code = code;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
