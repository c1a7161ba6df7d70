package jp.kyoso.citylab.organisation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A member organisation, as co-creation's approval events told us (the replica of its record): only these may propose. */
@MappedEntity("organisation_replica")
public record OrganisationReplica(@Id UUID id, String name, String organisationType, Instant approvedAt) {
}
