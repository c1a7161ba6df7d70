package jp.kyoso.kpi.partnership;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import jp.kyoso.kpi.shared.DimensionCount;

/** 課題抽出 in a fiscal year: issues raised on the board (of which from meetings) and promoted to City Lab. */
@Serdeable
public record IssueCounts(long raised, long raisedFromMeetings, long promoted) {

    private static final String FROM_MEETINGS = "MEETING";

    public static IssueCounts of(List<DimensionCount> raised, List<DimensionCount> promoted) {
        return new IssueCounts(total(raised), raised.stream().filter(count -> FROM_MEETINGS.equals(count.dimension()))
                .mapToLong(DimensionCount::total).sum(), total(promoted));
    }

    private static long total(List<DimensionCount> counts) {
        return counts.stream().mapToLong(DimensionCount::total).sum();
    }
}
