package jp.kyoso.fund.domain;

/** The kinds of money movement the ledger records. */
public enum LedgerEntryType {
    PLEDGE,
    RECEIPT,
    AWARD,
    PAYMENT
}
