package jp.kyoso.citylab.experiment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which departments were asked to host which experiment, and their answers. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface HostAssignmentRepository extends CrudRepository<HostAssignment, UUID> {

    List<HostAssignment> findByExperimentIdOrderByAssignedAt(UUID experimentId);

    Optional<HostAssignment> findByExperimentIdAndDepartmentId(UUID experimentId, UUID departmentId);
}
