package jp.kyoso.declarations.report;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kyoso.declarations.declaration.Declaration;
import jp.kyoso.declarations.declaration.DeclarationService;
import jp.kyoso.declarations.declaration.DeclarationStatus;
import jp.kyoso.declarations.declaration.ReportingCalendar;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.events.declarations.DeclarationLapsed;
import jp.kyoso.events.declarations.DeclarationReportDue;
import jp.kyoso.events.declarations.DeclarationReportOverdue;
import jp.kyoso.events.declarations.LapseReason;
import jp.kyoso.messaging.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The time-driven transitions, by the injected clock: a report missing after June 30 flags the declaration
 * REPORT_OVERDUE, still missing after December 31 it LAPSES; a term that ended unrenewed lapses too. Running it twice
 * changes nothing the second time. Once a report can be filed (from April 1) it raises, once, the reminder that it
 * is due ({@link DeclarationReportDue}), which changes no state.
 */
@Singleton
public class LifecycleSweep {

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleSweep.class);

    private final DeclarationService service;
    private final Outbox outbox;
    private final ReportDueReminders reminders;
    private final Clock clock;

    public LifecycleSweep(DeclarationService service, Outbox outbox, ReportDueReminders reminders, Clock clock) {
        this.service = service;
        this.outbox = outbox;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Advances every active declaration; each in its own transaction, so one failure does not hold up the rest. */
    public int run() {
        int changed = 0;
        for (UUID id : service.activeIds()) {
            try {
                changed += advance(id) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn("Could not advance declaration {}; the next sweep retries", id, e);
            }
        }
        return changed;
    }

    @Transactional
    public boolean advance(UUID id) {
        Declaration declaration = service.get(id);
        if (!declaration.status().isActive()) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(FiscalYear.TOKYO).toLocalDate();
        if (ReportingCalendar.termEnded(declaration.termEndFiscalYear(), today)) {
            Declaration lapsed = service.change(declaration, d -> d.lapse(LapseReason.TERM_ENDED, now));
            outbox.append(new DeclarationLapsed(id.toString(), lapsed.organisationId().toString(),
                    lapsed.registrationNumber(), LapseReason.TERM_ENDED, null, now));
            return true;
        }
        int owed = declaration.nextReportFiscalYear();
        // A reminder, not a change: the report can be filed now (its fiscal year ended) and is not late yet.
        if (declaration.status() == DeclarationStatus.REGISTERED && ReportingCalendar.canReport(owed, today)
                && !ReportingCalendar.isOverdue(owed, today) && reminders.claim(id, owed, now)) {
            outbox.append(new DeclarationReportDue(id.toString(), declaration.organisationId().toString(),
                    declaration.registrationNumber(), owed, ReportingCalendar.dueOn(owed), now));
        }
        boolean changed = false;
        if (declaration.status() == DeclarationStatus.REGISTERED && ReportingCalendar.isOverdue(owed, today)) {
            declaration = service.change(declaration, d -> d.flagOverdue(now));
            outbox.append(new DeclarationReportOverdue(id.toString(), declaration.organisationId().toString(),
                    declaration.registrationNumber(), owed, ReportingCalendar.dueOn(owed), now));
            changed = true;
        }
        if (ReportingCalendar.isLapsed(owed, today)) {
            Declaration lapsed = service.change(declaration, d -> d.lapse(LapseReason.REPORT_NOT_FILED, now));
            outbox.append(new DeclarationLapsed(id.toString(), lapsed.organisationId().toString(),
                    lapsed.registrationNumber(), LapseReason.REPORT_NOT_FILED, owed, now));
            changed = true;
        }
        return changed;
    }
}
