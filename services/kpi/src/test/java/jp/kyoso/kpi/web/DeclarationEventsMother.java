package jp.kyoso.kpi.web;

import io.micronaut.serde.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.Topics;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.testsupport.KafkaRecords;
import java.time.Instant;

/** Object mother: the declaration registry's events as its relay puts them on the topic. */
final class DeclarationEventsMother {

    private static final EventCodec CODEC = new EventCodec(ObjectMapper.getDefault());

    private DeclarationEventsMother() {
    }

    static DeclarationRegistered registered(String declarationId, OrganisationType type, int fiscalYear,
                                            List<Integer> goals, Instant at) {
        List<String> targets = goals.stream().map(goal -> goal + ".1").toList();
        return new DeclarationRegistered(declarationId, UUID.randomUUID().toString(), "宣言団体 " + type, type,
                "SDGs-%d-%04d".formatted(fiscalYear, Math.abs(declarationId.hashCode() % 9999) + 1), fiscalYear,
                fiscalYear, fiscalYear + 2, goals, targets, at, "secretariat");
    }

    /** Publishes under a fresh event id; returns it. */
    static String publish(String kafka, DomainEvent event) {
        String eventId = UUID.randomUUID().toString();
        publishAs(kafka, eventId, event);
        return eventId;
    }

    static void publishAs(String kafka, String eventId, DomainEvent event) {
        KafkaRecords.send(kafka, Topics.DECLARATIONS_DECLARATION, event.aggregateId(), CODEC.encode(event),
                Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.SOURCE, "/services/declarations",
                        CloudEventHeaders.TYPE, EventCatalog.of(event).type(),
                        CloudEventHeaders.SUBJECT, event.aggregateId(),
                        CloudEventHeaders.CONTENT_TYPE, "application/json"));
    }
}
