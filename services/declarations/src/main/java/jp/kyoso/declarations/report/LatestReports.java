package jp.kyoso.declarations.report;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.declarations.declaration.DeclarationDetails;

/**
 * The latest progress report of declarations and what it said per commitment, read in two queries however many
 * declarations are asked for: the declaration's own view, the directory and the open data show it.
 */
@Singleton
public class LatestReports {

    private final ProgressReportRepository reports;
    private final ReportEntryRepository entries;

    public LatestReports(ProgressReportRepository reports, ReportEntryRepository entries) {
        this.reports = reports;
        this.entries = entries;
    }

    /** A declaration's latest report and its lines by commitment id. */
    public record Latest(ProgressReport report, Map<UUID, DeclarationDetails.ReportLine> lines) {
    }

    /** The latest report of each declaration that has one, by declaration id. */
    @Transactional(readOnly = true)
    public Map<UUID, Latest> of(Collection<UUID> declarationIds) {
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
        Map<UUID, Map<UUID, DeclarationDetails.ReportLine>> lines = new HashMap<>();
        for (ReportEntry entry : entries.findByReportIdInList(declarationOfReport.keySet())) {
            lines.computeIfAbsent(declarationOfReport.get(entry.reportId()), k -> new HashMap<>())
                    .put(entry.commitmentId(), new DeclarationDetails.ReportLine(entry.valueReached(),
                            entry.comment()));
        }
        Map<UUID, Latest> found = new HashMap<>();
        latest.forEach((declarationId, report) -> found.put(declarationId,
                new Latest(report, lines.getOrDefault(declarationId, Map.of()))));
        return found;
    }

}
