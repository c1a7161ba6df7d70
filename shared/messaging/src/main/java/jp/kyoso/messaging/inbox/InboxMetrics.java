package jp.kyoso.messaging.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The consumer's counters, exported as {@code kyoso_inbox_*_total}. */
record InboxMetrics(Counter handled, Counter duplicates, Counter deadLettered) {

    static InboxMetrics register(MeterRegistry meters) {
        return new InboxMetrics(Counter.builder("kyoso.inbox.handled").register(meters),
                Counter.builder("kyoso.inbox.duplicates").register(meters),
                Counter.builder("kyoso.inbox.dead.lettered").register(meters));
    }
}
