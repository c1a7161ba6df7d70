package jp.kyoso.declarations.declaration;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * The per-fiscal-year sequence behind registration numbers. The upsert locks the year's row until the registering
 * transaction ends, so concurrent registrations queue on it; a rollback undoes the increment, so no number is lost.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RegistrationCounterRepository extends GenericRepository<Declaration, java.util.UUID> {

    @Query("""
            insert into registration_counter (fiscal_year, last_sequence) values (:fiscalYear, 1)
            on conflict (fiscal_year) do update set last_sequence = registration_counter.last_sequence + 1
            returning last_sequence""")
    int next(int fiscalYear);
}
