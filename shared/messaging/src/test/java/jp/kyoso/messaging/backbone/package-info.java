/** shared/messaging's own integration tests: the outbox, relay and inbox on a real PostgreSQL and Kafka. */
package jp.kyoso.messaging.backbone;
