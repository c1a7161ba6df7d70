package jp.kyoso.declarations.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.declarations.domain.ProgressReport;

/** Progress reports, one per declaration and fiscal year. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProgressReportRepository extends CrudRepository<ProgressReport, UUID> {

    Optional<ProgressReport> findFirstByDeclarationIdOrderByFiscalYearDesc(UUID declarationId);

    List<ProgressReport> findByDeclarationIdInListOrderByFiscalYearDesc(Collection<UUID> declarationIds);

    boolean existsByDeclarationIdAndFiscalYear(UUID declarationId, int fiscalYear);
}
