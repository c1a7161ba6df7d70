package jp.kyoso.fund.eligibility;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import jp.kyoso.events.declarations.DeclarationLapsed;
import jp.kyoso.events.declarations.DeclarationProgressReported;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.events.declarations.DeclarationRenewed;
import jp.kyoso.events.declarations.DeclarationReportOverdue;
import jp.kyoso.events.declarations.DeclarationRevoked;
import jp.kyoso.messaging.inbox.EventHandler;

/**
 * The registry events that change a declarant's status, each as an inbox handler (so each is applied once).
 * A filed report clears the overdue flag and revives a lapsed declaration.
 */
@Factory
public class DeclarantEventHandlers {

    @Singleton
    EventHandler<DeclarationRegistered> registered(DeclarantProjection projection) {
        return EventHandler.of(DeclarationRegistered.class, (e, envelope) -> projection.registered(e.declarationId(),
                e.organisationId(), e.registrationNumber(), e.termEndFiscalYear(), e.registeredAt()));
    }

    @Singleton
    EventHandler<DeclarationProgressReported> reported(DeclarantProjection projection) {
        return EventHandler.of(DeclarationProgressReported.class, (e, envelope) -> projection.status(e.declarationId(),
                e.organisationId(), e.registrationNumber(), DeclarantStatus.REGISTERED, e.filedAt()));
    }

    @Singleton
    EventHandler<DeclarationReportOverdue> overdue(DeclarantProjection projection) {
        return EventHandler.of(DeclarationReportOverdue.class, (e, envelope) -> projection.status(e.declarationId(),
                e.organisationId(), e.registrationNumber(), DeclarantStatus.REPORT_OVERDUE, e.flaggedAt()));
    }

    @Singleton
    EventHandler<DeclarationLapsed> lapsed(DeclarantProjection projection) {
        return EventHandler.of(DeclarationLapsed.class, (e, envelope) -> projection.status(e.declarationId(),
                e.organisationId(), e.registrationNumber(), DeclarantStatus.LAPSED, e.lapsedAt()));
    }

    @Singleton
    EventHandler<DeclarationRenewed> renewed(DeclarantProjection projection) {
        return EventHandler.of(DeclarationRenewed.class, (e, envelope) -> projection.renewed(e.declarationId(),
                e.organisationId(), e.registrationNumber(), e.termEndFiscalYear(), e.renewedAt()));
    }

    @Singleton
    EventHandler<DeclarationRevoked> revoked(DeclarantProjection projection) {
        return EventHandler.of(DeclarationRevoked.class, (e, envelope) -> projection.status(e.declarationId(),
                e.organisationId(), e.registrationNumber(), DeclarantStatus.REVOKED, e.revokedAt()));
    }
}
