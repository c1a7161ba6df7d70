package jp.kyoso.kpi.meeting;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * Meetings held and people who took part in one fiscal year: the 意見交換会・交流会 figures of the partnership
 * platform, in total and per kind of meeting.
 */
@Serdeable
public record MeetingKpis(int fiscalYear, String label, LocalDate periodFrom, LocalDate periodTo, long meetings,
                          long participants, List<KindRow> byKind) {

    /** One kind of meeting; the label is in the reader's language. */
    @Serdeable
    public record KindRow(String kind, String label, long meetings, long participants) {
    }

    public static MeetingKpis of(int fiscalYear, String label, LocalDate periodFrom, LocalDate periodTo,
                                 List<MeetingKindTotal> totals, java.util.function.Function<String, String> kindLabel) {
        List<KindRow> rows = totals.stream()
                .map(t -> new KindRow(t.kind(), kindLabel.apply(t.kind()), t.meetings(), t.participants())).toList();
        return new MeetingKpis(fiscalYear, label, periodFrom, periodTo, totals.stream().mapToLong(MeetingKindTotal::meetings).sum(),
                totals.stream().mapToLong(MeetingKindTotal::participants).sum(), rows);
    }
}
