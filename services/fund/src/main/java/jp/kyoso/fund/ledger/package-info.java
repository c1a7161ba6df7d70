/**
 * The fund's money (基金): pledges and receipts from the city and investor companies, the append-only ledger and the
 * account whose conditional updates keep the balance from going negative.
 */
package jp.kyoso.fund.ledger;
