package jp.kyoso.declarations.report;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.declarations.declaration.Commitment;
import jp.kyoso.declarations.declaration.Declaration;
import jp.kyoso.declarations.declaration.DeclarationDetails;
import jp.kyoso.declarations.declaration.DeclarationService;
import jp.kyoso.declarations.declaration.DeclarationStatus;
import jp.kyoso.declarations.declaration.LatestReport;
import jp.kyoso.declarations.declaration.ReportingCalendar;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.events.declarations.DeclarationProgressReported;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.security.CurrentUser;

/** The yearly progress report: due by June 30 for the fiscal year just ended; filing it late reactivates. */
@Singleton
public class ProgressReports {

    private final DeclarationService declarations;
    private final ProgressReportRepository reports;
    private final ReportEntryRepository entries;
    private final Outbox outbox;
    private final Clock clock;

    public ProgressReports(DeclarationService declarations, ProgressReportRepository reports,
                           ReportEntryRepository entries, Outbox outbox, Clock clock) {
        this.declarations = declarations;
        this.reports = reports;
        this.entries = entries;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReportForm form(UUID declarationId, CurrentUser user) {
        Declaration declaration = declarations.ownDeclaration(declarationId, user);
        if (declaration.registeredFiscalYear() == null || declaration.status() == DeclarationStatus.REVOKED) {
            throw new ConflictException("declaration.wrongStatus", declaration.status().name());
        }
        int fiscalYear = declaration.nextReportFiscalYear();
        DeclarationDetails details = declarations.details(declaration);
        List<ReportForm.Line> lines = details.commitments().stream()
                .map(c -> {
                    LatestReport.Line previous = details.latestLine(c.id());
                    return new ReportForm.Line(c, previous == null ? null : previous.valueReached(),
                            previous == null ? null : previous.comment());
                })
                .toList();
        return new ReportForm(fiscalYear, ReportingCalendar.dueOn(fiscalYear),
                ReportingCalendar.canReport(fiscalYear, today()), lines);
    }

    @Transactional
    public DeclarationDetails file(UUID declarationId, int fiscalYear, List<ReportLineInput> lines, CurrentUser user) {
        Declaration declaration = declarations.ownDeclaration(declarationId, user);
        if (declaration.registeredFiscalYear() == null || declaration.status() == DeclarationStatus.REVOKED) {
            throw new ConflictException("declaration.wrongStatus", declaration.status().name());
        }
        int owed = declaration.nextReportFiscalYear();
        if (fiscalYear != owed) {
            throw new ConflictException("report.wrongFiscalYear", String.valueOf(owed));
        }
        LocalDate today = today();
        if (!ReportingCalendar.canReport(fiscalYear, today)) {
            throw new ConflictException("report.notYetDue", String.valueOf(fiscalYear));
        }
        requireEveryCommitment(declarations.details(declaration).commitments(), lines);

        Instant now = clock.instant();
        boolean onTime = !ReportingCalendar.isOverdue(fiscalYear, today);
        boolean reactivated = declaration.status() == DeclarationStatus.LAPSED;
        Declaration reported = declarations.change(declaration, d -> d.reported(fiscalYear, now, user.username()));
        ProgressReport report = reports.save(new ProgressReport(UUID.randomUUID(), declarationId, fiscalYear, onTime,
                now, user.username()));
        entries.saveAll(lines.stream().map(line -> new ReportEntry(UUID.randomUUID(), report.id(),
                line.commitmentId(), line.valueReached().strip(),
                line.comment() == null ? "" : line.comment().strip())).toList());
        outbox.append(new DeclarationProgressReported(declarationId.toString(),
                reported.organisationId().toString(), reported.registrationNumber(), fiscalYear, onTime, reactivated,
                now));
        return declarations.details(reported);
    }

    private static void requireEveryCommitment(List<Commitment> rows, List<ReportLineInput> lines) {
        Set<UUID> expected = new HashSet<>(rows.stream().map(Commitment::id).toList());
        Set<UUID> given = new HashSet<>();
        List<FieldErrorKey> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            UUID id = lines.get(i).commitmentId();
            if (!expected.contains(id) || !given.add(id)) {
                errors.add(new FieldErrorKey("lines[" + i + "].commitmentId", "report.unknownCommitment"));
            }
        }
        if (errors.isEmpty() && !given.equals(expected)) {
            errors.add(new FieldErrorKey("lines", "report.missingCommitment"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(FiscalYear.TOKYO).toLocalDate();
    }
}
