package jp.kyoso.kpi.declaration;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import jp.kyoso.kpi.shared.DimensionCount;

/** Progress reports and their on-time count per reported fiscal year. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DeclarantReportRepository extends GenericRepository<DeclarantReport, String> {

    @Query("""
            select cast(on_time as text) as dimension, count(*) as total from declaration_report
            where report_fiscal_year = :fiscalYear group by on_time""")
    List<DimensionCount> countByTimeliness(int fiscalYear);
}
