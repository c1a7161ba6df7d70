package jp.kyoso.kpi.declaration;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.sdg.SdgCatalog;
import jp.kyoso.events.sdg.SdgGoal;
import jp.kyoso.kpi.shared.DimensionCount;

/**
 * The declaration registry's KPIs for one fiscal year: declarants active at the year's end, by goal (all 17, zero
 * where none) and by organisation type; new registrations and lapses in the year; reports for the year, on time or
 * late.
 */
@Serdeable
public record DeclarationKpis(int fiscalYear, String label, LocalDate periodFrom, LocalDate periodTo, long activeDeclarants,
                              List<GoalCount> activeByGoal, List<OrganisationTypeCount> activeByOrganisationType,
                              long registeredInYear, long lapsedInYear, long reportsOnTime, long reportsLate) {

    /** Active declarants committed to one goal (a declarant counts under each of its goals). */
    @Serdeable
    public record GoalCount(int sdgGoal, String label, long active) {
    }

    /** Active declarants of one organisation type. */
    @Serdeable
    public record OrganisationTypeCount(OrganisationType type, String label, long active) {
    }

    public static List<GoalCount> byGoal(List<DimensionCount> counts, boolean english) {
        Map<String, Long> totals = totals(counts);
        return IntStream.rangeClosed(1, 17).mapToObj(n -> {
            SdgGoal goal = SdgCatalog.goal(n).orElseThrow();
            return new GoalCount(n, english ? goal.english() : goal.japanese(),
                    totals.getOrDefault(String.valueOf(n), 0L));
        }).toList();
    }

    public static List<OrganisationTypeCount> byType(List<DimensionCount> counts, boolean english) {
        Map<String, Long> totals = totals(counts);
        return Arrays.stream(OrganisationType.values()).map(type -> new OrganisationTypeCount(type,
                english ? type.english() : type.japanese(), totals.getOrDefault(type.name(), 0L))).toList();
    }

    private static Map<String, Long> totals(List<DimensionCount> counts) {
        return counts.stream().collect(Collectors.toMap(DimensionCount::dimension, DimensionCount::total, Long::sum));
    }
}
