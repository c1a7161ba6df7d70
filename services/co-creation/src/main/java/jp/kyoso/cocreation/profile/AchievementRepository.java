package jp.kyoso.cocreation.profile;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.UUID;

/** Organisations' achievements from City Lab's events; one row per organisation, kind and reference. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AchievementRepository extends PageableRepository<Achievement, UUID> {

    boolean existsByOrganisationIdAndKindAndReferenceId(UUID organisationId, AchievementKind kind, UUID referenceId);

    Page<Achievement> findByOrganisationIdAndKind(UUID organisationId, AchievementKind kind, Pageable pageable);
}
