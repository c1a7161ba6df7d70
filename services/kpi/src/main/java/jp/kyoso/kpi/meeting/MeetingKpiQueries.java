package jp.kyoso.kpi.meeting;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.events.cocreation.MeetingKind;

/** Answers the meeting KPIs of a fiscal year. */
@Singleton
public class MeetingKpiQueries {

    private final MeetingFactRepository facts;

    public MeetingKpiQueries(MeetingFactRepository facts) {
        this.facts = facts;
    }

    @Transactional(readOnly = true)
    public MeetingKpis forYear(FiscalYear year, boolean english) {
        return MeetingKpis.of(year.year(), english ? year.toString() : year.japaneseLabel(), year.firstDay(),
                year.lastDay(), facts.totalsInYear(year.year()), kind -> label(kind, english));
    }

    private static String label(String kind, boolean english) {
        try {
            MeetingKind known = MeetingKind.valueOf(kind);
            return english ? known.english() : known.japanese();
        } catch (IllegalArgumentException e) {
            // A kind added by a newer co-creation: show its code rather than failing the whole report.
            return kind;
        }
    }
}
