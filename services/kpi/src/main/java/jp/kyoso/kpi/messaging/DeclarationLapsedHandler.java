package jp.kyoso.kpi.messaging;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.declarations.DeclarationLapsed;
import jp.kyoso.kpi.application.DeclarationFacts;
import jp.kyoso.kpi.domain.DeclarantStatusChange;
import jp.kyoso.kpi.domain.DeclarantStatusKind;
import jp.kyoso.messaging.inbox.EventHandler;

/** A lapsed declaration leaves the active set and counts as a lapse in its fiscal year. */
@Singleton
public class DeclarationLapsedHandler implements EventHandler<DeclarationLapsed> {

    private final DeclarationFacts facts;

    public DeclarationLapsedHandler(DeclarationFacts facts) {
        this.facts = facts;
    }

    @Override
    public Class<DeclarationLapsed> eventClass() {
        return DeclarationLapsed.class;
    }

    @Override
    public void handle(DeclarationLapsed event, EventEnvelope envelope) {
        facts.changed(DeclarantStatusChange.of(envelope.id(), event.declarationId(), DeclarantStatusKind.LAPSED,
                event.lapsedAt()));
    }
}
