package jp.kyoso.kpi.drilldown;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import jp.kyoso.kpi.partnership.PartnershipFact;
import jp.kyoso.kpi.projection.FactInserts;
import jp.kyoso.kpi.shared.DimensionCount;

/**
 * The aggregates of every programme's facts (the {@code kpi_fact} view) the KPI endpoints and bound indicators read.
 * Reads only, like every repository here: facts are written by {@link FactInserts} alone.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface KpiFactRepository extends GenericRepository<PartnershipFact, String> {

    @Query("""
            select dimension, count(*) as total from kpi_fact
            where metric = :metric and fiscal_year = :fiscalYear group by dimension""")
    List<DimensionCount> countInYear(String metric, int fiscalYear);

    @Query("""
            select dimension, count(*) as total from kpi_fact
            where metric = :metric and fiscal_year <= :fiscalYear group by dimension""")
    List<DimensionCount> countUpToYear(String metric, int fiscalYear);

    /**
     * The facts behind a figure of any programme (its drill-down), newest first: whoever checks a figure usually asks
     * about what moved it lately. {@code dimension} and {@code organisationId} null for all.
     */
    @Query("""
            select * from kpi_fact
            where metric = :metric and (fiscal_year = :fiscalYear or (:cumulative and fiscal_year < :fiscalYear))
            and (cast(:dimension as text) is null or dimension = :dimension)
            and (cast(:organisationId as text) is null or organisation_id = :organisationId)
            order by occurred_at desc, fact_id desc offset :offset limit :limit""")
    List<KpiFact> facts(String metric, int fiscalYear, boolean cumulative, @Nullable String dimension,
                        @Nullable String organisationId, long offset, int limit);

    @Query("""
            select count(*) from kpi_fact
            where metric = :metric and (fiscal_year = :fiscalYear or (:cumulative and fiscal_year < :fiscalYear))
            and (cast(:dimension as text) is null or dimension = :dimension)
            and (cast(:organisationId as text) is null or organisation_id = :organisationId)""")
    long countFacts(String metric, int fiscalYear, boolean cumulative, @Nullable String dimension,
                    @Nullable String organisationId);
}
