package jp.kyoso.cocreation.membership;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.events.cocreation.MemberRole;

/** Organisation rosters: invitations and memberships, versioned so an invitation is accepted once. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MembershipRepository extends PageableRepository<Membership, UUID> {

    Page<Membership> findByOrganisationId(UUID organisationId, Pageable pageable);

    Page<Membership> findByOrganisationIdAndStatus(UUID organisationId, MembershipStatus status, Pageable pageable);

    Optional<Membership> findByOrganisationIdAndEmailAndStatus(UUID organisationId, String email,
                                                               MembershipStatus status);

    Optional<Membership> findByOrganisationIdAndUserIdAndStatus(UUID organisationId, String userId,
                                                                MembershipStatus status);

    List<Membership> findByUserIdAndStatus(String userId, MembershipStatus status);

    long countByOrganisationIdAndRoleAndStatus(UUID organisationId, MemberRole role, MembershipStatus status);
}
