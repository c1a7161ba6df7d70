package jp.kyoso.citylab.organisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

/** City Lab's copy of the member organisations co-creation approved. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganisationReplicaRepository extends CrudRepository<OrganisationReplica, UUID> {
}
