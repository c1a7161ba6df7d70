package jp.kyoso.cocreation.web;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import jp.kyoso.cocreation.application.ImportedRow;

/** The result of a bulk approval, row by row, with the count of each outcome. */
@Serdeable
public record BulkApprovalView(int created, int approved, int alreadyMember, List<Row> rows) {

    static BulkApprovalView of(List<ImportedRow> rows) {
        return new BulkApprovalView(count(rows, ImportedRow.Outcome.CREATED), count(rows, ImportedRow.Outcome.APPROVED),
                count(rows, ImportedRow.Outcome.ALREADY_MEMBER),
                rows.stream().map(r -> new Row(r.row(), r.name(), r.organisationId().toString(), r.outcome().name()))
                        .toList());
    }

    private static int count(List<ImportedRow> rows, ImportedRow.Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** One row of the uploaded list: its number in the file, the organisation and what happened. */
    @Serdeable
    public record Row(int row, String name, String organisationId, String outcome) {
    }
}
