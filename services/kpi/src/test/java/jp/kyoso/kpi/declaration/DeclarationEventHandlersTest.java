package jp.kyoso.kpi.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.declarations.DeclarationLapsed;
import jp.kyoso.events.declarations.DeclarationProgressReported;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.events.declarations.DeclarationRenewed;
import jp.kyoso.events.declarations.DeclarationRevoked;
import jp.kyoso.events.declarations.LapseReason;
import org.junit.jupiter.api.Test;
import jp.kyoso.kpi.projection.RecordedFacts;

/** The registry's events to declarants, goals, status changes and reports, each keyed by what it names. */
class DeclarationEventHandlersTest {

    private static final Instant AT = Instant.parse("2031-06-30T03:00:00Z");

    private final RecordedFacts recorded = new RecordedFacts();
    private final DeclarationEventHandlers handlers = new DeclarationEventHandlers(recorded);
    private final String declaration = UUID.randomUUID().toString();
    private final String organisation = UUID.randomUUID().toString();

    @Test
    void aRegistrationIsADeclarantWithItsGoalsThatBecameActive() {
        DeclarationRegistered registered = new DeclarationRegistered(declaration, organisation, "宣言団体",
                OrganisationType.NPO, "SDGs-2031-0001", 2031, 2031, 2033, List.of(3, 11), List.of("3.1", "11.2"),
                AT, "secretariat");
        EventEnvelope envelope = RecordedFacts.envelopeOf(registered);
        assertEquals(List.of(new Declarant(declaration, organisation, "NPO", 2031, AT),
                        DeclarantGoal.of(declaration, 3), DeclarantGoal.of(declaration, 11),
                        new DeclarantStatusChange(envelope.id(), declaration, DeclarantStatusKind.REGISTERED, true, AT,
                                2031)),
                recorded.of(handlers.registered(), registered, envelope));
    }

    @Test
    void aReportCountsForTheYearItCoversAndReactivatesOnlyWhenItSaysSo() {
        DeclarationProgressReported late = new DeclarationProgressReported(declaration, organisation, "SDGs-1", 2030,
                false, true, AT);
        EventEnvelope envelope = RecordedFacts.envelopeOf(late);
        assertEquals(List.of(new DeclarantReport(envelope.id(), declaration, 2030, false, AT),
                        new DeclarantStatusChange(envelope.id(), declaration, DeclarantStatusKind.REACTIVATED, true,
                                AT, 2031)),
                recorded.of(handlers.reported(), late, envelope));

        DeclarationProgressReported onTime = new DeclarationProgressReported(declaration, organisation, "SDGs-1",
                2030, true, false, AT);
        EventEnvelope second = RecordedFacts.envelopeOf(onTime);
        assertEquals(List.of(new DeclarantReport(second.id(), declaration, 2030, true, AT)),
                recorded.of(handlers.reported(), onTime, second));
    }

    @Test
    void renewalsLapsesAndRevocationsMoveTheDeclarationInOrOut() {
        DeclarationRenewed renewed = new DeclarationRenewed(declaration, organisation, "SDGs-1", 2036, AT, "staff");
        EventEnvelope renewal = RecordedFacts.envelopeOf(renewed);
        assertEquals(List.of(DeclarantStatusChange.of(renewal.id(), declaration, DeclarantStatusKind.RENEWED, AT)),
                recorded.of(handlers.renewed(), renewed, renewal));

        DeclarationLapsed lapsed = new DeclarationLapsed(declaration, organisation, "SDGs-1",
                LapseReason.REPORT_NOT_FILED, 2030, AT);
        EventEnvelope lapse = RecordedFacts.envelopeOf(lapsed);
        assertEquals(List.of(new DeclarantStatusChange(lapse.id(), declaration, DeclarantStatusKind.LAPSED, false,
                AT, 2031)), recorded.of(handlers.lapsed(), lapsed, lapse));

        DeclarationRevoked revoked = new DeclarationRevoked(declaration, organisation, "SDGs-1", "虚偽の報告", AT,
                "secretariat");
        EventEnvelope revocation = RecordedFacts.envelopeOf(revoked);
        assertEquals(List.of(new DeclarantStatusChange(revocation.id(), declaration, DeclarantStatusKind.REVOKED,
                false, AT, 2031)), recorded.of(handlers.revoked(), revoked, revocation));
    }
}
