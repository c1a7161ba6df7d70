/** The transactional outbox: events stored with the change that caused them, relayed to Kafka in order. */
package jp.kyoso.messaging.outbox;
