package jp.kyoso.kpi.domain;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A progress report filed for a fiscal year, on time or late. */
@MappedEntity("declaration_report")
public record DeclarantReport(
        @Id String eventId,
        String declarationId,
        int reportFiscalYear,
        boolean onTime,
        Instant filedAt) implements Fact {
}
