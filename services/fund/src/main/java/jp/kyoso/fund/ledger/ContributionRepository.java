package jp.kyoso.fund.ledger;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.events.fund.ContributorKind;

/** Pledges and how much of each has arrived. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ContributionRepository extends PageableRepository<Contribution, UUID> {

    @Query("select * from contribution where id = :id for update")
    Optional<Contribution> lockById(UUID id);

    Page<Contribution> findByContributorKind(ContributorKind contributorKind, Pageable pageable);

    /** An investor's own pledges, oldest first (its statement). */
    java.util.List<Contribution> findByContributorKindAndContributorOrganisationIdOrderByPledgedAt(
            ContributorKind contributorKind, UUID organisationId);

    boolean existsByContributorKindAndContributorOrganisationId(ContributorKind contributorKind, UUID organisationId);
}
