package jp.kyoso.fund.grantapplication;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Applications. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface GrantApplicationRepository extends PageableRepository<GrantApplication, UUID> {

    @Query("select * from grant_application where id = :id for update")
    Optional<GrantApplication> lockById(UUID id);

    Page<GrantApplication> findByOrganisationId(UUID organisationId, Pageable pageable);

    Page<GrantApplication> findByCallIdAndStatusNotEqual(UUID callId, ApplicationStatus status, Pageable pageable);

    List<GrantApplication> findByCallIdAndStatusIn(UUID callId, java.util.Collection<ApplicationStatus> statuses);

    long countByCallIdAndStatusIn(UUID callId, java.util.Collection<ApplicationStatus> statuses);
}
