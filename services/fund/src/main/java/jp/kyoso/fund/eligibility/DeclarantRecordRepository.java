package jp.kyoso.fund.eligibility;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The declarant projection. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DeclarantRecordRepository extends CrudRepository<DeclarantRecord, String> {

    List<DeclarantRecord> findByOrganisationIdOrderByChangedAtDesc(String organisationId);
}
