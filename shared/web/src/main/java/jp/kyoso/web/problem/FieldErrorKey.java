package jp.kyoso.web.problem;

import java.util.Arrays;
import java.util.Objects;

/**
 * An invalid field as application code reports it: {@code code} is both the client-facing code and the message key
 * (a shared one such as {@code Required}, {@code Min}, or a service key such as {@code fund.call.closed}), with
 * {@link java.text.MessageFormat} arguments; the text is chosen at render time in the caller's language.
 */
public record FieldErrorKey(String field, String code, Object... args) {

    public FieldErrorKey {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    // Records compare arrays by identity; two keys with equal arguments are the same error.
    @Override
    public boolean equals(Object other) {
        return other instanceof FieldErrorKey that
                && field.equals(that.field) && code.equals(that.code) && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, code, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return field + ":" + code + (args.length == 0 ? "" : Arrays.toString(args));
    }
}
