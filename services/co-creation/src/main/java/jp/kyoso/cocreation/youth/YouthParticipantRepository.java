package jp.kyoso.cocreation.youth;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.Optional;
import java.util.UUID;

/** Youth participants; read only through the secretariat's endpoints or as nickname and school year. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface YouthParticipantRepository extends PageableRepository<YouthParticipant, UUID> {

    Optional<YouthParticipant> findByUserId(String userId);

    boolean existsByUserId(String userId);
}
