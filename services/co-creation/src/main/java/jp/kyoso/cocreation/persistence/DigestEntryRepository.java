package jp.kyoso.cocreation.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;
import jp.kyoso.cocreation.domain.DigestEntry;

/** Entries of digests. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DigestEntryRepository extends CrudRepository<DigestEntry, UUID> {
}
