package jp.kyoso.cocreation.organisation;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/**
 * What a bulk approval did, or would do in a preview, with one row of the list; the organisation id is null only
 * for a row a preview would create.
 */
public record ImportedRow(int row, String name, @Nullable UUID organisationId, Outcome outcome, CouncilMember member) {

    /** CREATED: admitted as a new member; APPROVED: its pending application approved; ALREADY_MEMBER: left alone. */
    public enum Outcome {
        CREATED,
        APPROVED,
        ALREADY_MEMBER
    }
}
