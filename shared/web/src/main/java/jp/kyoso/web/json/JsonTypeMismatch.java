package jp.kyoso.web.json;

import io.micronaut.serde.exceptions.SerdeException;

/**
 * A JSON value of the wrong type for its field (an array or number where text is expected, text for a flag).
 * {@code code} is the field error code and message key ({@code Type.text}, {@code Type.boolean}, ...).
 */
final class JsonTypeMismatch extends SerdeException {

    private final String code;

    JsonTypeMismatch(String code, Object value) {
        super("Expected " + code + " but found " + describe(value));
        this.code = code;
    }

    String code() {
        return code;
    }

    // Only the JSON type goes into the (log-only) message: the value itself may be anything an attacker sent.
    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof java.util.List<?>) {
            return "an array";
        }
        return "an object";
    }
}
