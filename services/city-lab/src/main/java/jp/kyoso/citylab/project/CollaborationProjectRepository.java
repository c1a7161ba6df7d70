package jp.kyoso.citylab.project;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.UUID;

/** Collaboration projects, listed publicly by fiscal year and status. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CollaborationProjectRepository extends PageableRepository<CollaborationProject, UUID> {

    Page<CollaborationProject> findByFiscalYear(int fiscalYear, Pageable pageable);

    Page<CollaborationProject> findByStatus(ProjectStatus status, Pageable pageable);

    Page<CollaborationProject> findByFiscalYearAndStatus(int fiscalYear, ProjectStatus status, Pageable pageable);
}
