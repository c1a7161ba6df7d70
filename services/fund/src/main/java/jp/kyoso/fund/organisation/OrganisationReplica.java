package jp.kyoso.fund.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** What the fund knows of a platform organisation from co-creation's events (APPROVED or REJECTED). */
@MappedEntity("organisation_replica")
public record OrganisationReplica(@Id UUID id, String name, @Nullable String organisationType, String status,
                                 Instant decidedAt) {

    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    public boolean approved() {
        return APPROVED.equals(status);
    }
}
