package jp.kyoso.kpi.declaration;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import jp.kyoso.events.declarations.DeclarationLapsed;
import jp.kyoso.events.declarations.DeclarationProgressReported;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.events.declarations.DeclarationRenewed;
import jp.kyoso.events.declarations.DeclarationRevoked;
import jp.kyoso.messaging.inbox.EventHandler;
import jp.kyoso.kpi.projection.Fact;
import jp.kyoso.kpi.projection.FactHandler;
import jp.kyoso.kpi.projection.FactRecorder;

/**
 * The declaration registry as KPI facts: a registration makes an active declarant (organisation type, goals); a
 * renewal or a report that revives it keeps or brings it back; a lapse or revocation takes it out; each report counts
 * for the fiscal year it covers, on time or late.
 */
@Factory
public class DeclarationEventHandlers {

    private final FactRecorder facts;

    public DeclarationEventHandlers(FactRecorder facts) {
        this.facts = facts;
    }

    @Singleton
    EventHandler<DeclarationRegistered> registered() {
        return new FactHandler<>(DeclarationRegistered.class, (e, env) -> {
            List<Fact> rows = new ArrayList<>();
            rows.add(new Declarant(e.declarationId(), e.organisationId(), e.organisationType().name(),
                    e.fiscalYear(), e.registeredAt()));
            e.goals().forEach(goal -> rows.add(DeclarantGoal.of(e.declarationId(), goal)));
            rows.add(DeclarantStatusChange.of(env.id(), e.declarationId(), DeclarantStatusKind.REGISTERED,
                    e.registeredAt()));
            return rows;
        }, facts);
    }

    @Singleton
    EventHandler<DeclarationProgressReported> reported() {
        return new FactHandler<>(DeclarationProgressReported.class, (e, env) -> {
            DeclarantReport report = new DeclarantReport(env.id(), e.declarationId(), e.reportFiscalYear(),
                    e.onTime(), e.filedAt());
            return e.reactivated() ? List.of(report, DeclarantStatusChange.of(env.id(), e.declarationId(),
                    DeclarantStatusKind.REACTIVATED, e.filedAt())) : List.of(report);
        }, facts);
    }

    @Singleton
    EventHandler<DeclarationRenewed> renewed() {
        return new FactHandler<>(DeclarationRenewed.class, (e, env) -> List.of(DeclarantStatusChange.of(env.id(),
                e.declarationId(), DeclarantStatusKind.RENEWED, e.renewedAt())), facts);
    }

    @Singleton
    EventHandler<DeclarationLapsed> lapsed() {
        return new FactHandler<>(DeclarationLapsed.class, (e, env) -> List.of(DeclarantStatusChange.of(env.id(),
                e.declarationId(), DeclarantStatusKind.LAPSED, e.lapsedAt())), facts);
    }

    @Singleton
    EventHandler<DeclarationRevoked> revoked() {
        return new FactHandler<>(DeclarationRevoked.class, (e, env) -> List.of(DeclarantStatusChange.of(env.id(),
                e.declarationId(), DeclarantStatusKind.REVOKED, e.revokedAt())), facts);
    }
}
