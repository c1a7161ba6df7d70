package jp.kyoso.kpi.messaging;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.declarations.DeclarationRevoked;
import jp.kyoso.kpi.application.DeclarationFacts;
import jp.kyoso.kpi.domain.DeclarantStatusChange;
import jp.kyoso.kpi.domain.DeclarantStatusKind;
import jp.kyoso.messaging.inbox.EventHandler;

/** A revoked declaration leaves the active set. */
@Singleton
public class DeclarationRevokedHandler implements EventHandler<DeclarationRevoked> {

    private final DeclarationFacts facts;

    public DeclarationRevokedHandler(DeclarationFacts facts) {
        this.facts = facts;
    }

    @Override
    public Class<DeclarationRevoked> eventClass() {
        return DeclarationRevoked.class;
    }

    @Override
    public void handle(DeclarationRevoked event, EventEnvelope envelope) {
        facts.changed(DeclarantStatusChange.of(envelope.id(), event.declarationId(), DeclarantStatusKind.REVOKED,
                event.revokedAt()));
    }
}
