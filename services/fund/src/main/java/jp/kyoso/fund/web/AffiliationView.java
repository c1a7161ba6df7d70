package jp.kyoso.fund.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.fund.domain.CommitteeAffiliation;

/** A declared affiliation. */
@Serdeable
public record AffiliationView(UUID organisationId, @Nullable String note, Instant declaredAt) {

    static AffiliationView of(CommitteeAffiliation a) {
        return new AffiliationView(a.organisationId(), a.note(), a.declaredAt());
    }
}
