package jp.kyoso.citylab.challenge;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.UUID;

/** The kept versions of each challenge's text. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ChallengeVersionRepository extends PageableRepository<ChallengeVersion, UUID> {

    Page<ChallengeVersion> findByChallengeId(UUID challengeId, Pageable pageable);
}
