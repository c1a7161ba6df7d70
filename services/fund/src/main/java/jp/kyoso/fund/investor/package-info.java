/** An investor company's (出資企業) own statement: its pledges and receipts and what the fund did with the money. */
package jp.kyoso.fund.investor;
