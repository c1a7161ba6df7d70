package jp.kyoso.messaging.inbox;

import jp.kyoso.correlation.CorrelationIds;
import org.slf4j.MDC;

/**
 * The correlation id of the event being handled, in the MDC of the consumer thread so that the handler's log lines
 * (and the events it appends to the outbox) carry the id of the request that started it all.
 */
final class LoggedCorrelation {

    private LoggedCorrelation() {
    }

    /** @return the id there was before, for {@link #set} after the work */
    static String current() {
        return MDC.get(CorrelationIds.MDC_KEY);
    }

    /** Puts {@code id} in the MDC, or removes the entry when it is null. */
    static void set(String id) {
        if (id != null) {
            MDC.put(CorrelationIds.MDC_KEY, id);
        } else {
            MDC.remove(CorrelationIds.MDC_KEY);
        }
    }
}
