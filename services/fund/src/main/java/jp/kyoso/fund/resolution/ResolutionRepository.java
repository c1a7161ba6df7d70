package jp.kyoso.fund.resolution;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** The committee's resolutions: insert and read only. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ResolutionRepository extends GenericRepository<CommitteeResolution, UUID> {

    CommitteeResolution save(CommitteeResolution resolution);

    @Query("select * from committee_resolution where call_id = :callId order by meeting_date, recorded_at")
    List<CommitteeResolution> ofCall(UUID callId);
}
