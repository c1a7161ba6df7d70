package jp.kyoso.fund.organisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

/** The membership projection. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganisationReplicaRepository extends CrudRepository<OrganisationReplica, UUID> {
}
