package jp.kyoso.citylab.seed;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

/** City Lab's copy of the seeds co-creation published. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SeedRepository extends CrudRepository<Seed, UUID> {
}
