package jp.kyoso.fund.call;

/**
 * The share of a project's total cost the fund may pay, as a fraction (e.g. 2/3), so that the check is exact
 * integer arithmetic on yen.
 */
public record SubsidyRate(int numerator, int denominator) {

    public SubsidyRate {
        if (denominator <= 0 || numerator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a subsidy rate is a fraction in (0, 1]");
        }
    }

    /** The largest whole-yen grant this rate allows on {@code totalCostYen}. */
    public long maximumFor(long totalCostYen) {
        return Math.multiplyExact(totalCostYen, (long) numerator) / denominator;
    }

    public boolean allows(long requestedYen, long totalCostYen) {
        return requestedYen <= maximumFor(totalCostYen);
    }
}
