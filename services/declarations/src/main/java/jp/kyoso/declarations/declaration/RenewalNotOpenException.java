package jp.kyoso.declarations.declaration;

/** Renewal was asked for before the last fiscal year of the term. */
public class RenewalNotOpenException extends RuntimeException {

    private final int termEndFiscalYear;

    public RenewalNotOpenException(int termEndFiscalYear) {
        super("Renewal opens in FY" + termEndFiscalYear);
        this.termEndFiscalYear = termEndFiscalYear;
    }

    public int termEndFiscalYear() {
        return termEndFiscalYear;
    }
}
