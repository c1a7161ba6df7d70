package jp.kyoso.fund.committee;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The committee members the fund knows. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CommitteeRepository extends CrudRepository<CommitteeMember, String> {

    List<CommitteeMember> findAllOrderByReviewerId();

    List<CommitteeMember> findByActiveTrueOrderByReviewerId();
}
