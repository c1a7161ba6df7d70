package jp.kyoso.kpi.fund;

import jp.kyoso.events.DomainEvent;
import jp.kyoso.kpi.EventRecords;

/** Object mother: fund events as the fund service's relay puts them on Kafka. */
final class FundEventRecords {


    private FundEventRecords() {
    }

    static void publish(String bootstrapServers, DomainEvent event) {
        EventRecords.publish(bootstrapServers, event);
    }

    static void publishAs(String bootstrapServers, String eventId, DomainEvent event) {
        EventRecords.publishAs(bootstrapServers, eventId, event);
    }
}
