package jp.kyoso.fund.committee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A committee member known to the fund (from the portal's account events, or registered on first use): the pool
 * review assignment draws from.
 *
 * @param active false once the account was deactivated or lost the COMMITTEE role: never assigned again
 */
@MappedEntity("committee_member")
public record CommitteeMember(@Id String reviewerId, String username, @Nullable UUID organisationId,
                              Instant registeredAt, boolean active) {
}
