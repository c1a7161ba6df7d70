package jp.kyoso.declarations.report;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.declarations.declaration.LatestReport;
import jp.kyoso.declarations.declaration.LatestReports;

/**
 * The latest progress report of declarations and what it said per commitment, read in two queries however many
 * declarations are asked for: the declaration's own view, the directory and the open data show it.
 */
@Singleton
public class LatestReportReader implements LatestReports {

    private final ProgressReportRepository reports;
    private final ReportEntryRepository entries;

    public LatestReportReader(ProgressReportRepository reports, ReportEntryRepository entries) {
        this.reports = reports;
        this.entries = entries;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, LatestReport> of(Collection<UUID> declarationIds) {
        if (declarationIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ProgressReport> latest = new LinkedHashMap<>();
        reports.findByDeclarationIdInListOrderByFiscalYearDesc(declarationIds)
                .forEach(report -> latest.putIfAbsent(report.declarationId(), report));
        if (latest.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> declarationOfReport = new HashMap<>();
        latest.values().forEach(report -> declarationOfReport.put(report.id(), report.declarationId()));
        Map<UUID, Map<UUID, LatestReport.Line>> lines = new HashMap<>();
        for (ReportEntry entry : entries.findByReportIdInList(declarationOfReport.keySet())) {
            lines.computeIfAbsent(declarationOfReport.get(entry.reportId()), k -> new HashMap<>())
                    .put(entry.commitmentId(), new LatestReport.Line(entry.valueReached(), entry.comment()));
        }
        Map<UUID, LatestReport> found = new HashMap<>();
        latest.forEach((declarationId, report) -> found.put(declarationId, new LatestReport(report.fiscalYear(),
                report.onTime(), report.filedAt(), lines.getOrDefault(declarationId, Map.of()))));
        return found;
    }
}
