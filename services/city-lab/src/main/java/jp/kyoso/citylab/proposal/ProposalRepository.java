package jp.kyoso.citylab.proposal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.UUID;

/** Proposals; every read path is scoped by the caller in the application service. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProposalRepository extends PageableRepository<Proposal, UUID> {

    Page<Proposal> findByChallengeId(UUID challengeId, Pageable pageable);

    Page<Proposal> findByChallengeIdAndOrganisationId(UUID challengeId, UUID organisationId, Pageable pageable);

    Page<Proposal> findByOrganisationId(UUID organisationId, Pageable pageable);
}
