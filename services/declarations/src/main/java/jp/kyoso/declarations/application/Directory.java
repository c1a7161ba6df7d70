package jp.kyoso.declarations.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.declarations.domain.Commitment;
import jp.kyoso.declarations.domain.Declaration;
import jp.kyoso.declarations.domain.DeclarationStatus;
import jp.kyoso.declarations.domain.ProgressReport;
import jp.kyoso.declarations.domain.ReportEntry;
import jp.kyoso.declarations.persistence.CommitmentRepository;
import jp.kyoso.declarations.persistence.DeclarationRepository;
import jp.kyoso.declarations.persistence.ProgressReportRepository;
import jp.kyoso.declarations.persistence.ReportEntryRepository;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.problem.NotFoundException;

/**
 * The public side of the registry: every declaration that was ever registered (lapsed and revoked ones stay,
 * flagged), with commitments and latest report, for the directory and the open-data files.
 */
@Singleton
public class Directory {

    private final DeclarationRepository declarations;
    private final CommitmentRepository commitments;
    private final ProgressReportRepository reports;
    private final ReportEntryRepository entries;

    public Directory(DeclarationRepository declarations, CommitmentRepository commitments,
                     ProgressReportRepository reports, ReportEntryRepository entries) {
        this.declarations = declarations;
        this.commitments = commitments;
        this.reports = reports;
        this.entries = entries;
    }

    /** One page of matching entries and the total number of matches. */
    public record Result(List<DeclarationDetails> items, long total) {
    }

    @Transactional(readOnly = true)
    public Result search(DirectoryFilter filter, PageRequest paging) {
        List<String> statuses = filter.status() == null
                ? DeclarationStatus.PUBLIC.stream().map(Enum::name).sorted().toList()
                : List.of(filter.status().name());
        String organisationType = filter.organisationType() == null ? null : filter.organisationType().name();
        String keyword = filter.keyword() == null || filter.keyword().isBlank() ? null : filter.keyword().strip();
        String pattern = keyword == null ? null : "%" + escapeLike(keyword) + "%";
        List<Declaration> found = declarations.directory(statuses, filter.goal(), filter.target(), organisationType,
                keyword, pattern, paging.limit(), paging.offset());
        long total = declarations.countDirectory(statuses, filter.goal(), filter.target(), organisationType,
                pattern);
        return new Result(withDetails(found), total);
    }

    @Transactional(readOnly = true)
    public DeclarationDetails entry(UUID id) {
        Declaration declaration = declarations.findById(id)
                .filter(d -> DeclarationStatus.PUBLIC.contains(d.status()))
                .orElseThrow(() -> new NotFoundException("resource.declaration", id));
        return withDetails(List.of(declaration)).get(0);
    }

    /** The whole public registry, in registration-number order, for the open-data files. */
    @Transactional(readOnly = true)
    public List<DeclarationDetails> everything() {
        List<Declaration> all = new ArrayList<>(declarations.findByStatusInList(DeclarationStatus.PUBLIC));
        all.sort(java.util.Comparator.comparing(Declaration::registrationNumber));
        return withDetails(all);
    }

    private List<DeclarationDetails> withDetails(List<Declaration> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = page.stream().map(Declaration::id).toList();
        Map<UUID, List<Commitment>> byDeclaration = new HashMap<>();
        commitments.findByDeclarationIdInListOrderByPosition(ids)
                .forEach(c -> byDeclaration.computeIfAbsent(c.declarationId(), k -> new ArrayList<>()).add(c));
        Map<UUID, ProgressReport> latest = new LinkedHashMap<>();
        reports.findByDeclarationIdInListOrderByFiscalYearDesc(ids)
                .forEach(r -> latest.putIfAbsent(r.declarationId(), r));
        Map<UUID, Map<UUID, DeclarationDetails.ReportLine>> lines = new HashMap<>();
        if (!latest.isEmpty()) {
            Map<UUID, UUID> declarationOfReport = new HashMap<>();
            latest.values().forEach(r -> declarationOfReport.put(r.id(), r.declarationId()));
            for (ReportEntry entry : entries.findByReportIdInList(declarationOfReport.keySet())) {
                lines.computeIfAbsent(declarationOfReport.get(entry.reportId()), k -> new HashMap<>())
                        .put(entry.commitmentId(), new DeclarationDetails.ReportLine(entry.valueReached(),
                                entry.comment()));
            }
        }
        return page.stream().map(d -> new DeclarationDetails(d, byDeclaration.getOrDefault(d.id(), List.of()),
                latest.get(d.id()), lines.getOrDefault(d.id(), Map.of()))).toList();
    }

    private static String escapeLike(String keyword) {
        return keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
