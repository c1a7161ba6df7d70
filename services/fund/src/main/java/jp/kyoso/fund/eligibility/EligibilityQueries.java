package jp.kyoso.fund.eligibility;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.FiscalYear;

/**
 * Answers "does this organisation have an active declaration today" (Tokyo fiscal year, by the injected clock), for
 * the eligibility endpoint and for the fund's own eligibility rules and declaration bonus.
 */
@Singleton
public class EligibilityQueries implements DeclarationStatusLookup {

    private final DeclarantRecordRepository records;
    private final Clock clock;

    public EligibilityQueries(DeclarantRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasActiveDeclaration(UUID organisationId) {
        return of(organisationId).activeDeclaration();
    }

    @Transactional(readOnly = true)
    public Eligibility of(UUID organisationId) {
        FiscalYear now = FiscalYear.current(clock);
        List<DeclarantRecord> found = records.findByOrganisationIdOrderByChangedAtDesc(organisationId.toString());
        DeclarantRecord chosen = found.stream().filter(r -> r.isActiveIn(now)).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0));
        if (chosen == null) {
            return new Eligibility(organisationId.toString(), false, null, null, null, false, null);
        }
        return new Eligibility(organisationId.toString(), chosen.isActiveIn(now), chosen.declarationId(),
                chosen.registrationNumber(), chosen.status(), chosen.status() == DeclarantStatus.REPORT_OVERDUE,
                chosen.termEndFiscalYear());
    }
}
