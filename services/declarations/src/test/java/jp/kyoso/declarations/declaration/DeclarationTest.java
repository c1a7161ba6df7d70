package jp.kyoso.declarations.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kyoso.declarations.organisation.MembershipStatus;
import jp.kyoso.declarations.organisation.OrganisationReplica;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.declarations.LapseReason;
import org.junit.jupiter.api.Test;

class DeclarationTest {

    private static final Instant AT = Instant.parse("2025-05-01T00:00:00Z");
    private static final OrganisationReplica ORGANISATION = new OrganisationReplica(UUID.randomUUID(), "テスト株式会社",
            OrganisationType.COMPANY, MembershipStatus.APPROVED, AT);

    private static Declaration registered() {
        return Declaration.draft(UUID.randomUUID(), ORGANISATION, new DeclarationText("名前", "代表", "ビジョン"), AT, "m")
                .submit(AT, "m").register("SDGs-2025-0001", 2025, AT, "s");
    }

    @Test
    void registrationGivesATermOfThreeFiscalYearsAndTheFirstReportIsForTheRegistrationYear() {
        Declaration declaration = registered();
        assertEquals(2025, declaration.termStartFiscalYear());
        assertEquals(2027, declaration.termEndFiscalYear());
        assertEquals(2025, declaration.nextReportFiscalYear());
        assertEquals(2026, declaration.reported(2025, AT, "m").nextReportFiscalYear());
    }

    @Test
    void onlyDraftsAndReturnedDeclarationsAreEditedAndOnlySubmittedOnesRegistered() {
        Declaration declaration = registered();
        assertThrows(DeclarationTransitionException.class,
                () -> declaration.edit(new DeclarationText("a", "b", "c"), "", AT, "m"));
        assertThrows(DeclarationTransitionException.class,
                () -> Declaration.draft(UUID.randomUUID(), ORGANISATION, new DeclarationText("a", "b", "c"), AT, "m")
                        .register("SDGs-2025-0002", 2025, AT, "s"));
    }

    @Test
    void aReportRevivesADeclarationThatLapsedForWantOfItButNotOneWhoseTermEnded() {
        Declaration overdue = registered().flagOverdue(AT);
        Declaration lapsed = overdue.lapse(LapseReason.REPORT_NOT_FILED, AT);
        Declaration revived = lapsed.reported(2025, AT, "m");
        assertEquals(DeclarationStatus.REGISTERED, revived.status());
        assertNull(revived.lapseReason());
        assertThrows(DeclarationTransitionException.class,
                () -> registered().lapse(LapseReason.TERM_ENDED, AT).reported(2025, AT, "m"));
    }

    @Test
    void renewalOpensInTheLastFiscalYearAndAddsThreeYears() {
        Declaration declaration = registered();
        assertThrows(RenewalNotOpenException.class,
                () -> declaration.renew(LocalDate.of(2026, 5, 1), 2026, AT, "m"));
        assertEquals(2030, declaration.renew(LocalDate.of(2027, 5, 1), 2027, AT, "m").termEndFiscalYear());
        Declaration afterTerm = declaration.lapse(LapseReason.TERM_ENDED, AT).renew(LocalDate.of(2028, 6, 1), 2028,
                AT, "m");
        assertEquals(DeclarationStatus.REGISTERED, afterTerm.status());
        assertEquals(2030, afterTerm.termEndFiscalYear());
        assertEquals(2028, afterTerm.nextReportFiscalYear());
    }

    @Test
    void aRevokedDeclarationKeepsItsNumberAndShowsThePublicReason() {
        Declaration revoked = registered().revoke("虚偽の報告", AT, "s");
        assertEquals(DeclarationStatus.REVOKED, revoked.status());
        assertEquals("SDGs-2025-0001", revoked.registrationNumber());
        assertEquals("虚偽の報告", revoked.publicReason());
        assertThrows(DeclarationTransitionException.class, () -> revoked.revoke("again", AT, "s"));
    }
}
