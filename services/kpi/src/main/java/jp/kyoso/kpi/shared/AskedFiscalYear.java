package jp.kyoso.kpi.shared;

import io.micronaut.core.annotation.Nullable;
import java.util.function.Supplier;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.web.problem.InvalidInputException;

/** The fiscal year a KPI request asks about: the current one when none is named, else a field error outside the range. */
public final class AskedFiscalYear {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private AskedFiscalYear() {
    }

    public static FiscalYear of(@Nullable Integer fiscalYear, Supplier<FiscalYear> current) {
        FiscalYear year = fiscalYear == null ? current.get() : new FiscalYear(fiscalYear);
        if (year.year() < FIRST_YEAR || year.year() > LAST_YEAR) {
            throw InvalidInputException.of("fiscalYear", "fiscalYear.outOfRange", FIRST_YEAR, LAST_YEAR);
        }
        return year;
    }
}
