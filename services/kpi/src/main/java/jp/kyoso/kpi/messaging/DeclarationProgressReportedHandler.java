package jp.kyoso.kpi.messaging;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.declarations.DeclarationProgressReported;
import jp.kyoso.kpi.application.DeclarationFacts;
import jp.kyoso.kpi.domain.DeclarantReport;
import jp.kyoso.kpi.domain.DeclarantStatusChange;
import jp.kyoso.kpi.domain.DeclarantStatusKind;
import jp.kyoso.messaging.inbox.EventHandler;

/** A report counts for the fiscal year it covers, on time or late; a report that revived a lapsed one reactivates. */
@Singleton
public class DeclarationProgressReportedHandler implements EventHandler<DeclarationProgressReported> {

    private final DeclarationFacts facts;

    public DeclarationProgressReportedHandler(DeclarationFacts facts) {
        this.facts = facts;
    }

    @Override
    public Class<DeclarationProgressReported> eventClass() {
        return DeclarationProgressReported.class;
    }

    @Override
    public void handle(DeclarationProgressReported event, EventEnvelope envelope) {
        facts.reported(new DeclarantReport(envelope.id(), event.declarationId(), event.reportFiscalYear(),
                event.onTime(), event.filedAt()));
        if (event.reactivated()) {
            facts.changed(DeclarantStatusChange.of(envelope.id(), event.declarationId(),
                    DeclarantStatusKind.REACTIVATED, event.filedAt()));
        }
    }
}
