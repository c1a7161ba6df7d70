package jp.kyoso.correlation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.PropagatedContextElement;
import org.slf4j.MDC;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The correlation id of the work in progress, and the names it travels under. */
public final class CorrelationIds {

    /** HTTP header in both directions. */
    public static final String HEADER = "X-Correlation-Id";
    /** SLF4J MDC key, so log patterns and JSON encoders can print it. */
    public static final String MDC_KEY = "correlationId";

    // Caller-supplied ids end up in logs and event headers: keep them short and free of anything that could forge lines.
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationIds() {
    }

    /** The id of the current request or consumed event, from the MDC; empty outside one. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY)).filter(id -> !id.isBlank());
    }

    /** Whether a caller-supplied id may be reused: 1 to 64 characters of {@code [A-Za-z0-9._-]}. */
    public static boolean isValid(@Nullable String candidate) {
        return candidate != null && VALID.matcher(candidate).matches();
    }

    /** A fresh id. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * Puts {@code id} in the MDC (and the propagated context, so executors and reactive code keep it) until the scope
     * closes, restoring what was there before; for work that does not start with an HTTP request, such as a Kafka
     * consumer continuing the correlation id of an event.
     */
    public static PropagatedContext.Scope open(String id) {
        return PropagatedContext.getOrEmpty().plus(element(id)).propagate();
    }

    /** The propagated-context element that sets {@code id} in the MDC of every thread the work resumes on. */
    public static PropagatedContextElement element(String id) {
        return new CorrelationIdContext(id);
    }
}
