package jp.kyoso.kpi.citylab;

import jp.kyoso.events.DomainEvent;
import jp.kyoso.testsupport.TestInfrastructure;
import jp.kyoso.kpi.EventRecords;

/** City Lab's events as its outbox relay puts them on Kafka. */
final class CityLabRecords {

    private CityLabRecords() {
    }

    static String publish(DomainEvent event) {
        return EventRecords.publish(TestInfrastructure.get().kafkaBootstrapServers(), event);
    }

    static void publishAs(String eventId, DomainEvent event) {
        EventRecords.publishAs(TestInfrastructure.get().kafkaBootstrapServers(), eventId, event);
    }
}
