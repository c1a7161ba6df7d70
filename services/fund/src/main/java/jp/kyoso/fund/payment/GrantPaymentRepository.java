package jp.kyoso.fund.payment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

/** Tranches paid. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface GrantPaymentRepository extends CrudRepository<GrantPayment, UUID> {

    List<GrantPayment> findByApplicationIdOrderByTranche(UUID applicationId);
}
