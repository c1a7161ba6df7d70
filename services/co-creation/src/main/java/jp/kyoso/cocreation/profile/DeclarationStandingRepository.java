package jp.kyoso.cocreation.profile;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

/** Each organisation's current SDGs declaration, from the declarations service's events. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DeclarationStandingRepository extends CrudRepository<DeclarationStanding, UUID> {
}
