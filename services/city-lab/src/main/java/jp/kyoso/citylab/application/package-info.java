/** City Lab's use cases: each one a transaction that changes state and appends its events to the outbox. */
package jp.kyoso.citylab.application;
