package jp.kyoso.declarations.organisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

/** Organisations as co-creation's events described them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganisationReplicaRepository extends CrudRepository<OrganisationReplica, UUID> {
}
