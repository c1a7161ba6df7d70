package jp.kyoso.kpi.messaging;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.declarations.DeclarationRenewed;
import jp.kyoso.kpi.application.DeclarationFacts;
import jp.kyoso.kpi.domain.DeclarantStatusChange;
import jp.kyoso.kpi.domain.DeclarantStatusKind;
import jp.kyoso.messaging.inbox.EventHandler;

/** A renewal keeps (or, after a term lapse, brings back) the declaration in the active set. */
@Singleton
public class DeclarationRenewedHandler implements EventHandler<DeclarationRenewed> {

    private final DeclarationFacts facts;

    public DeclarationRenewedHandler(DeclarationFacts facts) {
        this.facts = facts;
    }

    @Override
    public Class<DeclarationRenewed> eventClass() {
        return DeclarationRenewed.class;
    }

    @Override
    public void handle(DeclarationRenewed event, EventEnvelope envelope) {
        facts.changed(DeclarantStatusChange.of(envelope.id(), event.declarationId(), DeclarantStatusKind.RENEWED,
                event.renewedAt()));
    }
}
