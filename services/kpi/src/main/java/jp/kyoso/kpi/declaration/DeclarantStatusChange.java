package jp.kyoso.kpi.declaration;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.kpi.projection.Fact;

/** One event that made a declaration active or not active, at the instant it happened. */
@MappedEntity("declaration_status_change")
public record DeclarantStatusChange(
        @Id String eventId,
        String declarationId,
        DeclarantStatusKind kind,
        boolean active,
        Instant occurredAt,
        int fiscalYear) implements Fact {

    public static DeclarantStatusChange of(String eventId, String declarationId, DeclarantStatusKind kind,
                                           Instant at) {
        return new DeclarantStatusChange(eventId, declarationId, kind, kind.active(), at, FiscalYear.of(at).year());
    }
}
