package jp.kyoso.citylab.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.UUID;
import jp.kyoso.citylab.domain.Proposal;

/** Proposals; every read path is scoped by the caller in the application service. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProposalRepository extends PageableRepository<Proposal, UUID> {

    Page<Proposal> findByChallengeId(UUID challengeId, Pageable pageable);

    Page<Proposal> findByChallengeIdAndOrganisationId(UUID challengeId, UUID organisationId, Pageable pageable);

    Page<Proposal> findByOrganisationId(UUID organisationId, Pageable pageable);
}
