package jp.kyoso.correlation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import org.slf4j.MDC;

/**
 * Carries the correlation id in Micronaut's propagated context and sets it in the MDC of whichever thread resumes the
 * request. Only this one key is touched (unlike Micronaut's MdcPropagationContext, which replaces the whole MDC) so
 * that other MDC entries, e.g. tracing ids, are left alone.
 */
record CorrelationIdContext(String id) implements ThreadPropagatedContextElement<String> {

    @Override
    public @Nullable String updateThreadContext() {
        String previous = MDC.get(CorrelationIds.MDC_KEY);
        MDC.put(CorrelationIds.MDC_KEY, id);
        return previous;
    }

    @Override
    public void restoreThreadContext(@Nullable String previous) {
        if (previous == null) {
            MDC.remove(CorrelationIds.MDC_KEY);
        } else {
            MDC.put(CorrelationIds.MDC_KEY, previous);
        }
    }
}
