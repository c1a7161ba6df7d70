package jp.kyoso.kpi.fund;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * The well-being & SDGs fund in one fiscal year: money pledged and received split city / private, applications,
 * awards (count and yen), payments; and the cumulative position at the year's end (available = received − awarded).
 */
@Serdeable
public record FundKpis(int fiscalYear, String label, LocalDate periodFrom, LocalDate periodTo, BySource pledgedYen,
                       BySource receivedYen, long applications, long awards, long awardedYen, long paidYen,
                       Cumulative cumulative) {

    /** Yen from the city and from private investor companies. */
    @Serdeable
    public record BySource(long city, long investors, long total) {

        public static BySource of(long city, long investors) {
            return new BySource(city, investors, city + investors);
        }
    }

    /** Totals from the fund's start to the end of the fiscal year. */
    @Serdeable
    public record Cumulative(long receivedYen, long awardedYen, long paidYen, long availableYen) {

        public static Cumulative of(long received, long awarded, long paid) {
            return new Cumulative(received, awarded, paid, received - awarded);
        }
    }
}
