package jp.kyoso.kpi.partnership;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.kpi.shared.DimensionCount;

/** 会員団体数: every organisation type is listed, with zero where none joined, so charts keep their shape. */
@Serdeable
public record MemberOrganisations(long inYear, long cumulative, List<TypeCount> byType) {

    public static MemberOrganisations of(List<DimensionCount> inYear, List<DimensionCount> cumulative,
                                         boolean english) {
        Map<String, Long> year = totals(inYear);
        Map<String, Long> upTo = totals(cumulative);
        List<TypeCount> byType = Arrays.stream(OrganisationType.values())
                .map(type -> new TypeCount(type, english ? type.english() : type.japanese(),
                        year.getOrDefault(type.name(), 0L), upTo.getOrDefault(type.name(), 0L)))
                .toList();
        return new MemberOrganisations(byType.stream().mapToLong(TypeCount::inYear).sum(),
                byType.stream().mapToLong(TypeCount::cumulative).sum(), byType);
    }

    private static Map<String, Long> totals(List<DimensionCount> counts) {
        return counts.stream().collect(Collectors.toMap(DimensionCount::dimension, DimensionCount::total, Long::sum));
    }
}
