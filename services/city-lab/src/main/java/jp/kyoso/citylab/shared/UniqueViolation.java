package jp.kyoso.citylab.shared;

import java.sql.SQLException;

/**
 * Recognises PostgreSQL's refusal of a row by one named unique index, so that a use case can leave a uniqueness rule
 * to the index (one statement, and no race between a check and the insert) and still answer with its own problem.
 */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    /** @return whether {@code failure} (or a cause of it) is a unique violation of {@code index} */
    public static boolean of(Throwable failure, String index) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // The driver names the index only in the message: "... violates unique constraint \"index\"".
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains('"' + index + '"')) {
                return true;
            }
        }
        return false;
    }
}
