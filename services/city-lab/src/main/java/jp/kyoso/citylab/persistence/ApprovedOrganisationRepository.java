package jp.kyoso.citylab.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;
import jp.kyoso.citylab.domain.ApprovedOrganisation;

/** City Lab's copy of the member organisations co-creation approved. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ApprovedOrganisationRepository extends CrudRepository<ApprovedOrganisation, UUID> {
}
