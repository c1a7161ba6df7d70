package jp.kyoso.fund.call;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.Optional;
import java.util.UUID;

/** Calls; decisions lock the call row so that its budget cap holds under concurrent awards. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FundCallRepository extends PageableRepository<FundCall, UUID> {

    @Query("select * from fund_call where id = :id for update")
    Optional<FundCall> lockById(UUID id);

    Page<FundCall> findByStatusIn(java.util.Collection<CallStatus> statuses, Pageable pageable);

    /** Title search; ILIKE uses the trigram index, which works on Japanese text. */
    Page<FundCall> findByTitleIlikeAndStatusIn(String pattern, java.util.Collection<CallStatus> statuses,
                                              Pageable pageable);

    @Query("update fund_call set awarded_yen = awarded_yen + :amount where id = :id and budget_cap_yen - awarded_yen >= :amount")
    long commitAward(UUID id, long amount);
}
