package jp.kyoso.kpi.meeting;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Meetings held, and their totals per fiscal year. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MeetingFactRepository extends GenericRepository<MeetingFact, String> {

    @Query("""
            select kind, count(*) as meetings, coalesce(sum(participant_count), 0) as participants from meeting_fact
            where fiscal_year = :fiscalYear group by kind order by kind""")
    List<MeetingKindTotal> totalsInYear(int fiscalYear);
}
