package jp.kyoso.cocreation.timeline;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.List;
import java.util.UUID;

/** The timeline entries; one per organisation and event. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TimelineRepository extends PageableRepository<TimelineEntry, UUID> {

    Page<TimelineEntry> findByOrganisationId(UUID organisationId, Pageable pageable);

    Page<TimelineEntry> findByOrganisationIdAndPublicEntry(UUID organisationId, boolean publicEntry,
                                                           Pageable pageable);

    List<TimelineEntry> findBySubjectTypeAndSubjectIdAndKind(SubjectType subjectType, String subjectId,
                                                             TimelineKind kind);
}
