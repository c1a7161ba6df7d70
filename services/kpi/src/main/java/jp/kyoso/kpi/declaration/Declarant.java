package jp.kyoso.kpi.declaration;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import jp.kyoso.kpi.projection.Fact;

/** A registered SDGs declarant as the KPIs need it: organisation type and year of registration. */
@MappedEntity("declaration_declarant")
public record Declarant(
        @Id String declarationId,
        String organisationId,
        String organisationType,
        int registeredFiscalYear,
        Instant registeredAt) implements Fact {
}
