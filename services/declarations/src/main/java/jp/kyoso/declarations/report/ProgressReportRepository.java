package jp.kyoso.declarations.report;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Progress reports, one per declaration and fiscal year. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProgressReportRepository extends CrudRepository<ProgressReport, UUID> {

    List<ProgressReport> findByDeclarationIdInListOrderByFiscalYearDesc(Collection<UUID> declarationIds);

    boolean existsByDeclarationIdAndFiscalYear(UUID declarationId, int fiscalYear);
}
