package jp.kyoso.cocreation.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The result of a bulk approval (or of its preview: what it would do), row by row, with the count of each outcome
 * and the fields read from the row, so the secretariat checks them before importing.
 */
@Serdeable
public record BulkApprovalView(boolean preview, int created, int approved, int alreadyMember, List<Row> rows) {

    static BulkApprovalView of(List<ImportedRow> rows, boolean preview, boolean english) {
        return new BulkApprovalView(preview, count(rows, ImportedRow.Outcome.CREATED),
                count(rows, ImportedRow.Outcome.APPROVED), count(rows, ImportedRow.Outcome.ALREADY_MEMBER),
                rows.stream().map(r -> Row.of(r, english)).toList());
    }

    private static int count(List<ImportedRow> rows, ImportedRow.Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** One row of the uploaded list: its number in the file, the organisation as read, and what happens to it. */
    @Serdeable
    public record Row(int row, String name, @Nullable String organisationId, String outcome, String organisationType,
                      String organisationTypeLabel, @Nullable String corporateNumber, @Nullable String contactName,
                      @Nullable String contactEmail) {

        static Row of(ImportedRow imported, boolean english) {
            CouncilMember member = imported.member();
            return new Row(imported.row(), imported.name(),
                    imported.organisationId() == null ? null : imported.organisationId().toString(),
                    imported.outcome().name(), member.organisationType().name(),
                    english ? member.organisationType().english() : member.organisationType().japanese(),
                    member.corporateNumber() == null ? null : member.corporateNumber().value(),
                    member.contactName(), member.contactEmail());
        }
    }
}
