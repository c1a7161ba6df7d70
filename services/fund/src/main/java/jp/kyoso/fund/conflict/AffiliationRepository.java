package jp.kyoso.fund.conflict;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

/** Declared affiliations of committee members. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AffiliationRepository extends CrudRepository<CommitteeAffiliation, UUID> {

    List<CommitteeAffiliation> findByReviewerId(String reviewerId);

    boolean existsByReviewerIdAndOrganisationId(String reviewerId, UUID organisationId);
}
