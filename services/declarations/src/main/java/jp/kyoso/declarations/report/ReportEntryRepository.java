package jp.kyoso.declarations.report;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The per-commitment lines of progress reports. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReportEntryRepository extends CrudRepository<ReportEntry, UUID> {

    List<ReportEntry> findByReportIdInList(Collection<UUID> reportIds);
}
