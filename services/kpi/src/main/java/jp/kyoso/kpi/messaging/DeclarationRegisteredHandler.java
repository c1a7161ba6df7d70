package jp.kyoso.kpi.messaging;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.kpi.application.DeclarationFacts;
import jp.kyoso.kpi.domain.Declarant;
import jp.kyoso.kpi.domain.DeclarantStatusChange;
import jp.kyoso.kpi.domain.DeclarantStatusKind;
import jp.kyoso.messaging.inbox.EventHandler;

/** A registered declaration becomes an active declarant with its goals and organisation type. */
@Singleton
public class DeclarationRegisteredHandler implements EventHandler<DeclarationRegistered> {

    private final DeclarationFacts facts;

    public DeclarationRegisteredHandler(DeclarationFacts facts) {
        this.facts = facts;
    }

    @Override
    public Class<DeclarationRegistered> eventClass() {
        return DeclarationRegistered.class;
    }

    @Override
    public void handle(DeclarationRegistered event, EventEnvelope envelope) {
        facts.registered(new Declarant(event.declarationId(), event.organisationId(),
                event.organisationType().name(), event.fiscalYear(), event.registeredAt()), event.goals(),
                DeclarantStatusChange.of(envelope.id(), event.declarationId(), DeclarantStatusKind.REGISTERED,
                        event.registeredAt()));
    }
}
