package jp.kyoso.kpi.declaration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.kpi.EventRecords;

/** Object mother: the declaration registry's events as its relay puts them on the topic. */
public final class DeclarationEventsMother {


    private DeclarationEventsMother() {
    }

    public static DeclarationRegistered registered(String declarationId, OrganisationType type, int fiscalYear,
                                            List<Integer> goals, Instant at) {
        return registeredBy(declarationId, UUID.randomUUID().toString(), type, fiscalYear, goals, at);
    }

    public static DeclarationRegistered registeredBy(String declarationId, String organisationId, OrganisationType type,
                                              int fiscalYear, List<Integer> goals, Instant at) {
        List<String> targets = goals.stream().map(goal -> goal + ".1").toList();
        return new DeclarationRegistered(declarationId, organisationId, "宣言団体 " + type, type,
                "SDGs-%d-%04d".formatted(fiscalYear, Math.abs(declarationId.hashCode() % 9999) + 1), fiscalYear,
                fiscalYear, fiscalYear + 2, goals, targets, at, "secretariat");
    }

    /** Publishes under a fresh event id; returns it. */
    public static String publish(String kafka, DomainEvent event) {
        return EventRecords.publish(kafka, event);
    }

    public static void publishAs(String kafka, String eventId, DomainEvent event) {
        EventRecords.publishAs(kafka, eventId, event);
    }
}
