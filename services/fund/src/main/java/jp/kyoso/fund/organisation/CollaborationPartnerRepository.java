package jp.kyoso.fund.organisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The collaboration-project projection, for conflict detection and the projects an application may continue. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CollaborationPartnerRepository extends CrudRepository<CollaborationPartner, UUID> {

    boolean existsByProjectIdAndOrganisationId(UUID projectId, UUID organisationId);

    List<CollaborationPartner> findByOrganisationIdOrderByProjectTitle(UUID organisationId);

    Optional<CollaborationPartner> findFirstByProjectId(UUID projectId);

    /** Every organisation that shares at least one project with {@code organisationId}. */
    @Query("""
            select distinct other.organisation_id from collaboration_partner mine
              join collaboration_partner other on other.project_id = mine.project_id
             where mine.organisation_id = :organisationId and other.organisation_id <> :organisationId""")
    List<UUID> partnersOf(UUID organisationId);
}
