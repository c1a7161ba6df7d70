package jp.kyoso.citylab.domain;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A member organisation, as co-creation's approval events told us: only these may propose. */
@MappedEntity("approved_organisation")
public record ApprovedOrganisation(@Id UUID id, String name, String organisationType, Instant approvedAt) {
}
