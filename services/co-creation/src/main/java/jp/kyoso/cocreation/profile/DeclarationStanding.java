package jp.kyoso.cocreation.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's SDGs declaration (区独自のSDGs宣言) as its public profile shows it: registration number, goals,
 * term and whether it is active, lapsed or revoked (with the public reason). Public information only.
 */
@MappedEntity("organisation_declaration")
public record DeclarationStanding(
        @Id UUID organisationId,
        UUID declarationId,
        String registrationNumber,
        Status status,
        @TypeDef(type = DataType.INTEGER_ARRAY) Integer[] goals,
        int termEndFiscalYear,
        @Nullable String publicReason,
        Instant updatedAt) {

    /** What the registry says of the declaration now. */
    public enum Status { ACTIVE, LAPSED, REVOKED }

    public static DeclarationStanding registered(UUID organisationId, UUID declarationId, String number,
                                                 List<Integer> goals, int termEnd, Instant at) {
        return new DeclarationStanding(organisationId, declarationId, number, Status.ACTIVE,
                goals.toArray(Integer[]::new), termEnd, null, at);
    }

    public DeclarationStanding with(Status next, @Nullable String reason, int termEnd, Instant at) {
        return new DeclarationStanding(organisationId, declarationId, registrationNumber, next, goals, termEnd, reason,
                at);
    }

    public List<Integer> goalList() {
        return List.of(goals);
    }
}
