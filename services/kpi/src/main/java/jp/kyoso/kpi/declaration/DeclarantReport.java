package jp.kyoso.kpi.declaration;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import jp.kyoso.kpi.projection.Fact;

/** A progress report filed for a fiscal year, on time or late. */
@MappedEntity("declaration_report")
public record DeclarantReport(
        @Id String eventId,
        String declarationId,
        int reportFiscalYear,
        boolean onTime,
        Instant filedAt) implements Fact {
}
