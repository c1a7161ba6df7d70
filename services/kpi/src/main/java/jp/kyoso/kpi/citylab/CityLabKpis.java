package jp.kyoso.kpi.citylab;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import jp.kyoso.kpi.shared.MetricCount;

/**
 * City Lab's KPIs for one fiscal year. Rates are percentages with one decimal, computed from whole counts (null when
 * there is nothing to divide by): adoption = adopted ÷ received in the year; conversion = invitations answered with a
 * proposal ÷ invitations concluded in the year.
 */
@Serdeable
public record CityLabKpis(
        int fiscalYear,
        String label,
        LocalDate periodFrom,
        LocalDate periodTo,
        NewProjects newCollaborationProjects,
        long challengesPublished,
        Proposals proposals,
        FieldExperiments fieldExperiments,
        Invitations invitations,
        long projectsCompleted) {

    /** 新規産学官連携事業数: the headline figure, with its split by City Lab type and the running total. */
    @Serdeable
    public record NewProjects(long inYear, long fromChallenges, long fromFieldExperiments, long cumulative) {
    }

    @Serdeable
    public record Proposals(long received, long adopted, long declined, @Nullable BigDecimal adoptionRatePercent) {
    }

    @Serdeable
    public record FieldExperiments(long proposed, long agreed) {
    }

    @Serdeable
    public record Invitations(long sent, long converted, long unanswered, @Nullable BigDecimal conversionRatePercent) {
    }

    /**
     * @param inYear the year's counts, one per metric and dimension
     * @param projectsUpToYear projects started up to the end of the year
     */
    public static CityLabKpis of(int fiscalYear, String label, LocalDate periodFrom, LocalDate periodTo, List<MetricCount> inYear,
                                 long projectsUpToYear) {
        long fromChallenges = count(inYear, CityLabMetric.PROJECTS_STARTED, "CHALLENGE");
        long fromExperiments = count(inYear, CityLabMetric.PROJECTS_STARTED, "FIELD_EXPERIMENT");
        long received = count(inYear, CityLabMetric.PROPOSALS_RECEIVED, CityLabFact.ALL);
        long adopted = count(inYear, CityLabMetric.PROPOSALS_ADOPTED, CityLabFact.ALL);
        long converted = count(inYear, CityLabMetric.INVITATIONS_CONVERTED, CityLabFact.ALL);
        long unanswered = count(inYear, CityLabMetric.INVITATIONS_UNANSWERED, CityLabFact.ALL);
        return new CityLabKpis(fiscalYear, label, periodFrom, periodTo,
                new NewProjects(fromChallenges + fromExperiments, fromChallenges, fromExperiments, projectsUpToYear),
                count(inYear, CityLabMetric.CHALLENGES_PUBLISHED, CityLabFact.ALL),
                new Proposals(received, adopted, count(inYear, CityLabMetric.PROPOSALS_DECLINED, CityLabFact.ALL),
                        percent(adopted, received)),
                new FieldExperiments(count(inYear, CityLabMetric.EXPERIMENTS_PROPOSED, CityLabFact.ALL),
                        count(inYear, CityLabMetric.EXPERIMENTS_AGREED, CityLabFact.ALL)),
                new Invitations(count(inYear, CityLabMetric.INVITATIONS_SENT, CityLabFact.ALL), converted, unanswered,
                        percent(converted, converted + unanswered)),
                count(inYear, CityLabMetric.PROJECTS_COMPLETED, CityLabFact.ALL));
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static long count(List<MetricCount> counts, CityLabMetric metric, String dimension) {
        return counts.stream().filter(count -> count.metric().equals(metric.name())
                && count.dimension().equals(dimension)).mapToLong(MetricCount::total).sum();
    }
}
