package jp.kyoso.cocreation.follow;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

/** Entries of digests. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DigestEntryRepository extends CrudRepository<DigestEntry, UUID> {
}
