package jp.kyoso.citylab.experiment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.UUID;

/** Field-experiment proposals; reads are scoped by the caller in the application service. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FieldExperimentRepository extends PageableRepository<FieldExperiment, UUID> {

    Page<FieldExperiment> findByOrganisationId(UUID organisationId, Pageable pageable);

    /** The proposals a department has been asked to host. */
    @Query(value = """
            select e.* from field_experiment e
            where exists (select 1 from experiment_host h where h.experiment_id = e.id and h.department_id = :department)
            order by e.proposed_at desc""",
            countQuery = """
            select count(*) from field_experiment e
            where exists (select 1 from experiment_host h where h.experiment_id = e.id and h.department_id = :department)""")
    Page<FieldExperiment> findHostedBy(UUID department, Pageable pageable);
}
