package jp.kyoso.cocreation.profile;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.UUID;
import jp.kyoso.cocreation.profile.DeclarationStanding.Status;
import jp.kyoso.events.declarations.DeclarationLapsed;
import jp.kyoso.events.declarations.DeclarationProgressReported;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.events.declarations.DeclarationRenewed;
import jp.kyoso.events.declarations.DeclarationRevoked;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.messaging.inbox.EventHandler;

/** What the declaration registry and the fund report about organisations, for their public profiles. */
@Factory
public class RegistryAndFundHandlers {

    @Singleton
    EventHandler<DeclarationRegistered> declarationRegistered(DeclarationStandings standings) {
        return EventHandler.of(DeclarationRegistered.class, (event, envelope) -> standings.registered(
                UUID.fromString(event.organisationId()), UUID.fromString(event.declarationId()),
                event.registrationNumber(), event.goals(), event.termEndFiscalYear(), event.registeredAt()));
    }

    @Singleton
    EventHandler<DeclarationLapsed> declarationLapsed(DeclarationStandings standings) {
        return EventHandler.of(DeclarationLapsed.class, (event, envelope) -> standings.changed(
                UUID.fromString(event.organisationId()), UUID.fromString(event.declarationId()), Status.LAPSED, null,
                null, event.lapsedAt()));
    }

    @Singleton
    EventHandler<DeclarationRevoked> declarationRevoked(DeclarationStandings standings) {
        return EventHandler.of(DeclarationRevoked.class, (event, envelope) -> standings.changed(
                UUID.fromString(event.organisationId()), UUID.fromString(event.declarationId()), Status.REVOKED,
                event.publicReason(), null, event.revokedAt()));
    }

    @Singleton
    EventHandler<DeclarationRenewed> declarationRenewed(DeclarationStandings standings) {
        return EventHandler.of(DeclarationRenewed.class, (event, envelope) -> standings.changed(
                UUID.fromString(event.organisationId()), UUID.fromString(event.declarationId()), Status.ACTIVE, null,
                event.termEndFiscalYear(), event.renewedAt()));
    }

    @Singleton
    EventHandler<DeclarationProgressReported> progressReported(DeclarationStandings standings) {
        return EventHandler.of(DeclarationProgressReported.class, (event, envelope) -> {
            if (event.reactivated()) {
                standings.changed(UUID.fromString(event.organisationId()), UUID.fromString(event.declarationId()),
                        Status.ACTIVE, null, null, event.filedAt());
            }
        });
    }

    @Singleton
    EventHandler<ApplicationAwarded> grantAwarded(Achievements achievements) {
        return EventHandler.of(ApplicationAwarded.class, (event, envelope) -> achievements.record(
                UUID.fromString(event.organisationId()), AchievementKind.GRANT_AWARDED,
                UUID.fromString(event.applicationId()), null,
                "ウェルビーイング・SDGs推進ファンド助成 " + NumberFormat.getIntegerInstance(Locale.JAPAN)
                        .format(event.awardedYen()) + "円", event.decidedAt()));
    }
}
