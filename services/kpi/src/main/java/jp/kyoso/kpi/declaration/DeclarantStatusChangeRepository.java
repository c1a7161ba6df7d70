package jp.kyoso.kpi.declaration;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import jp.kyoso.kpi.shared.DimensionCount;

/** Status changes, and the active set at an instant: each declaration's latest change before it. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DeclarantStatusChangeRepository extends GenericRepository<DeclarantStatusChange, String> {

    String ACTIVE_AT = """
            with latest as (
                select distinct on (declaration_id) declaration_id, active from declaration_status_change
                where occurred_at < :asOf order by declaration_id, occurred_at desc, seq desc)
            """;

    @Query(ACTIVE_AT + """
            select cast(g.goal as text) as dimension, count(*) as total
            from latest l join declaration_declarant_goal g on g.declaration_id = l.declaration_id
            where l.active group by g.goal""")
    List<DimensionCount> activeByGoal(Instant asOf);

    @Query(ACTIVE_AT + """
            select d.organisation_type as dimension, count(*) as total
            from latest l join declaration_declarant d on d.declaration_id = l.declaration_id
            where l.active group by d.organisation_type""")
    List<DimensionCount> activeByOrganisationType(Instant asOf);

    @Query("select count(*) from declaration_status_change where kind = :kind and fiscal_year = :fiscalYear")
    long countInYear(String kind, int fiscalYear);
}
