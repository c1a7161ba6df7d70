package jp.kyoso.declarations.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;
import jp.kyoso.declarations.domain.KnownOrganisation;

/** Organisations as co-creation's events described them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface KnownOrganisationRepository extends CrudRepository<KnownOrganisation, UUID> {
}
