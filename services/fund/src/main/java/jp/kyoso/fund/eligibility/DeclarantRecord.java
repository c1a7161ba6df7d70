package jp.kyoso.fund.eligibility;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import jp.kyoso.events.FiscalYear;

/** One declaration as the registry's events last described it. */
@MappedEntity("eligibility_declarant")
public record DeclarantRecord(
        @Id String declarationId,
        String organisationId,
        String registrationNumber,
        DeclarantStatus status,
        @Nullable Integer termEndFiscalYear,
        Instant changedAt) {

    /** Active: registered (a late report only flags it) and within its term on the given fiscal year. */
    public boolean isActiveIn(FiscalYear year) {
        return status.isActive() && (termEndFiscalYear == null || year.year() <= termEndFiscalYear);
    }

    DeclarantRecord with(DeclarantStatus next, @Nullable Integer termEnd, Instant at) {
        return new DeclarantRecord(declarationId, organisationId, registrationNumber, next,
                termEnd == null ? termEndFiscalYear : termEnd, at);
    }
}
