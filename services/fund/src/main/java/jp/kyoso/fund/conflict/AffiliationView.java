package jp.kyoso.fund.conflict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A declared affiliation. */
@Serdeable
public record AffiliationView(UUID organisationId, @Nullable String note, Instant declaredAt) {

    public static AffiliationView of(CommitteeAffiliation a) {
        return new AffiliationView(a.organisationId(), a.note(), a.declaredAt());
    }
}
