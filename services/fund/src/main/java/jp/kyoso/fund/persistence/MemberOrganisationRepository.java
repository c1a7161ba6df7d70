package jp.kyoso.fund.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;
import jp.kyoso.fund.domain.MemberOrganisation;

/** The membership projection. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MemberOrganisationRepository extends CrudRepository<MemberOrganisation, UUID> {
}
