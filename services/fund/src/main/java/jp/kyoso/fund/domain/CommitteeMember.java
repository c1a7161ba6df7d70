package jp.kyoso.fund.domain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A committee member known to the fund (registered on first use): the pool review assignment draws from. */
@MappedEntity("committee_member")
public record CommitteeMember(@Id String reviewerId, String username, @Nullable UUID organisationId,
                              Instant registeredAt) {
}
