package jp.kyoso.fund.conflict;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** An organisation a committee member works for, advises or is otherwise tied to, as the member declared it. */
@MappedEntity("committee_affiliation")
public record CommitteeAffiliation(@Id UUID id, String reviewerId, UUID organisationId, @Nullable String note,
                                   Instant declaredAt) {
}
