package jp.kyoso.fund.grantapplication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.kyoso.fund.call.CallStatus;
import jp.kyoso.fund.call.FundCall;
import jp.kyoso.fund.call.SubsidyRate;
import jp.kyoso.fund.organisation.OrganisationReplica;
import jp.kyoso.fund.shared.TransitionException;
import org.junit.jupiter.api.Test;

/** Subsidy rate, call periods, eligibility and the application's money rules. */
class FundRulesTest {

    private static final Instant OPENS = Instant.parse("2025-05-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2025-06-30T08:00:00Z");

    @Test
    void theSubsidyRateIsExactOnWholeYen() {
        SubsidyRate twoThirds = new SubsidyRate(2, 3);
        assertEquals(1_600_000, twoThirds.maximumFor(2_400_000));
        assertEquals(666_666, twoThirds.maximumFor(1_000_000));
        assertTrue(twoThirds.allows(1_600_000, 2_400_000));
        assertFalse(twoThirds.allows(1_600_001, 2_400_000));
        assertThrows(IllegalArgumentException.class, () -> new SubsidyRate(4, 3));
    }

    @Test
    void aCallAcceptsApplicationsOnlyWhileOpenAndInsideItsPeriod() {
        FundCall draft = call("", false);
        assertFalse(draft.acceptsApplicationsAt(OPENS.plusSeconds(60)));
        FundCall open = draft.open();
        assertTrue(open.acceptsApplicationsAt(OPENS));
        assertFalse(open.acceptsApplicationsAt(OPENS.minusSeconds(1)));
        assertFalse(open.acceptsApplicationsAt(CLOSES));
        assertThrows(TransitionException.class, draft::close);
        assertEquals(CallStatus.DECIDED, open.close().decided().status());
    }

    @Test
    void eligibilityGivesEveryReason() {
        FundCall strict = call("NPO,UNIVERSITY", true);
        OrganisationReplica company = new OrganisationReplica(UUID.randomUUID(), "株式会社", "COMPANY",
                OrganisationReplica.APPROVED, OPENS);
        assertEquals(List.of(Eligibility.ORGANISATION_TYPE, Eligibility.DECLARATION),
                Eligibility.reasons(strict, company, false));
        OrganisationReplica npo = new OrganisationReplica(UUID.randomUUID(), "NPO", "NPO", OrganisationReplica.APPROVED,
                OPENS);
        assertEquals(List.of(), Eligibility.reasons(strict, npo, true));
        OrganisationReplica rejected = new OrganisationReplica(npo.id(), "NPO", "NPO", OrganisationReplica.REJECTED, OPENS);
        assertEquals(List.of(Eligibility.NOT_MEMBER), Eligibility.reasons(strict, rejected, true));
        assertEquals(List.of(), Eligibility.reasons(call("", false), company, false));
    }

    @Test
    void anAwardIsAtMostTheRequestAndPaymentsNeverExceedTheAward() {
        GrantApplication eligible = application().submitted(List.of(), OPENS);
        assertEquals(ApplicationStatus.ELIGIBLE, eligible.status());
        assertThrows(IllegalArgumentException.class, () -> eligible.awarded(1_600_001, null, OPENS));
        GrantApplication awarded = eligible.awarded(1_500_000, null, OPENS);
        GrantApplication once = awarded.paid(1_000_000);
        assertEquals(1_000_000, once.paidYen());
        assertThrows(IllegalArgumentException.class, () -> once.paid(500_001));
        assertEquals(1_500_000, once.paid(500_000).paidYen());
        assertThrows(TransitionException.class, () -> awarded.rejected("理由", OPENS));
        assertThrows(TransitionException.class, () -> eligible.paid(1));
    }

    @Test
    void anIneligibleApplicationKeepsItsReasonsAndCannotBeWithdrawnOrAwarded() {
        GrantApplication ineligible = application().submitted(List.of(Eligibility.DECLARATION), OPENS);
        assertEquals(ApplicationStatus.INELIGIBLE, ineligible.status());
        assertEquals(List.of(Eligibility.DECLARATION), ineligible.eligibilityReasonList());
        assertThrows(TransitionException.class, ineligible::withdrawn);
        assertThrows(TransitionException.class, () -> ineligible.awarded(1, null, OPENS));
    }

    private static FundCall call(String types, boolean declaration) {
        return new FundCall(UUID.randomUUID(), "公募", "目的", types, declaration, 10_000_000, 2_000_000, 2, 3, 0, 3,
                10, false, OPENS, CLOSES, CallStatus.DRAFT, 0, "secretariat", OPENS, 0L);
    }

    private static GrantApplication application() {
        return new GrantApplication(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "団体", "u", "事業", "計画",
                "3.8", 2_400_000, 1_600_000, "成果", "KPI", ApplicationStatus.DRAFT, "", null, 0, 0, null, null, null,
                null, OPENS, 0L);
    }
}
