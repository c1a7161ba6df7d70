/** The fund's use cases: each a transaction that changes state and appends its events to the outbox. */
package jp.kyoso.fund.application;
