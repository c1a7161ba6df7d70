package jp.kyoso.fund.ledger;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/**
 * The fund's totals. Each change is one conditional UPDATE: the row lock serialises concurrent awards and the WHERE
 * clause refuses any that would make the balance negative (0 rows updated).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FundAccountRepository extends GenericRepository<FundAccount, Integer> {

    Optional<FundAccount> findById(Integer id);

    @Query("update fund_account set pledged_yen = pledged_yen + :amount where id = 1")
    long addPledge(long amount);

    @Query("update fund_account set received_yen = received_yen + :amount where id = 1")
    long addReceipt(long amount);

    @Query("update fund_account set awarded_yen = awarded_yen + :amount where id = 1 and received_yen - awarded_yen >= :amount")
    long commitAward(long amount);

    @Query("update fund_account set paid_yen = paid_yen + :amount where id = 1 and awarded_yen - paid_yen >= :amount")
    long addPayment(long amount);
}
