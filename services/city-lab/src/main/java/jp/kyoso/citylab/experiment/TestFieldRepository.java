package jp.kyoso.citylab.experiment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.UUID;

/** The test-field catalogue. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TestFieldRepository extends PageableRepository<TestField, UUID> {

    Page<TestField> findByDepartmentId(UUID departmentId, Pageable pageable);
}
