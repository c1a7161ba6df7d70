package jp.kyoso.messaging.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Tuning of the outbox relay and the inbox consumer ({@code kyoso.messaging.*}); the defaults favour freshness
 * (an idle relay looks again after 50 ms, and is woken at once by a commit in its own process). {@code consumer-batch}
 * handles each poll's records in one transaction (one per record when off, as before; kept for comparison).
 * {@code relay-pipeline-depth} is how many relay batches may wait for Kafka at once. {@code relay-read-spacing}: a
 * relay that has caught up reads again no sooner than this after its last read, so that a steady stream of commits
 * goes out in batches rather than as one read, one Kafka request and one wake-up of every consumer per commit.
 * {@code consumer-fetch-wait}: how long the broker may hold a consumer's fetch to gather more than a few events (it
 * answers at once when {@code 64 KiB} are there), for the same reason on the consumers' side.
 */
@ConfigurationProperties("kyoso.messaging")
public record MessagingSettings(
        @Bindable(defaultValue = "true") boolean relayEnabled,
        @Bindable(defaultValue = "500") int relayBatchSize,
        @Bindable(defaultValue = "16") int relayPipelineDepth,
        @Bindable(defaultValue = "50ms") Duration relayIdleDelay,
        @Bindable(defaultValue = "20ms") Duration relayReadSpacing,
        @Bindable(defaultValue = "100ms") Duration consumerFetchWait,
        @Bindable(defaultValue = "7d") Duration outboxRetention,
        @Bindable(defaultValue = "true") boolean consumerEnabled,
        @Bindable(defaultValue = "3") int maxAttempts,
        @Bindable(defaultValue = "200ms") Duration retryBackoff,
        @Bindable(defaultValue = "3") int topicPartitions,
        @Bindable(defaultValue = "1") short topicReplicationFactor,
        @Bindable(defaultValue = "true") boolean consumerBatch) {
}
