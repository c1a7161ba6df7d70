package jp.kyoso.citylab.matching;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.List;
import java.util.UUID;

/** Invitations to propose, one per organisation per challenge. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InvitationRepository extends PageableRepository<Invitation, UUID> {

    Page<Invitation> findByChallengeId(UUID challengeId, Pageable pageable);

    List<Invitation> findByChallengeIdAndStatus(UUID challengeId, InvitationStatus status);

    boolean existsByChallengeIdAndOrganisationId(UUID challengeId, UUID organisationId);
}
