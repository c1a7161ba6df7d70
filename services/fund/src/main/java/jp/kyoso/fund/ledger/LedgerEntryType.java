package jp.kyoso.fund.ledger;

/** The kinds of money movement the ledger records. */
public enum LedgerEntryType {
    PLEDGE,
    RECEIPT,
    AWARD,
    PAYMENT
}
