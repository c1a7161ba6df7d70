/** Kafka clients configured for kyoso's guarantees (idempotent producer, acks=all, manual commits) and topic set-up. */
package jp.kyoso.messaging.kafka;
