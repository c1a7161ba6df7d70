package jp.kyoso.cocreation.follow;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.time.LocalDate;
import java.util.UUID;

/** Daily digests per person. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DigestRepository extends PageableRepository<Digest, UUID> {

    boolean existsByUserIdAndDigestDate(String userId, LocalDate digestDate);

    Page<Digest> findByUserId(String userId, Pageable pageable);
}
