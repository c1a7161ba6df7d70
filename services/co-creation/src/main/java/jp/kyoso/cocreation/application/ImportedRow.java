package jp.kyoso.cocreation.application;

import java.util.UUID;

/** What a bulk approval did with one row of the list. */
public record ImportedRow(int row, String name, UUID organisationId, Outcome outcome) {

    /** CREATED: admitted as a new member; APPROVED: its pending application approved; ALREADY_MEMBER: left alone. */
    public enum Outcome {
        CREATED,
        APPROVED,
        ALREADY_MEMBER
    }
}
