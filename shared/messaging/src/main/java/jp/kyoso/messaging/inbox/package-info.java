/** Idempotent consumption: each event is handled once per consumer, in the same transaction as its effects. */
package jp.kyoso.messaging.inbox;
