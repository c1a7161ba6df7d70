package jp.kyoso.messaging.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Tuning of the outbox relay and the inbox consumer ({@code kyoso.messaging.*}); the defaults favour freshness
 * (an idle relay looks again after 50 ms, and is woken at once by a commit in its own process). {@code consumer-batch}
 * handles each poll's records in one transaction (one per record when off, as before; kept for comparison).
 * {@code relay-pipeline-depth} is how many relay batches may wait for Kafka at once.
 */
@ConfigurationProperties("kyoso.messaging")
public record MessagingSettings(
        @Bindable(defaultValue = "true") boolean relayEnabled,
        @Bindable(defaultValue = "500") int relayBatchSize,
        @Bindable(defaultValue = "16") int relayPipelineDepth,
        @Bindable(defaultValue = "50ms") Duration relayIdleDelay,
        @Bindable(defaultValue = "7d") Duration outboxRetention,
        @Bindable(defaultValue = "true") boolean consumerEnabled,
        @Bindable(defaultValue = "3") int maxAttempts,
        @Bindable(defaultValue = "200ms") Duration retryBackoff,
        @Bindable(defaultValue = "3") int topicPartitions,
        @Bindable(defaultValue = "1") short topicReplicationFactor,
        @Bindable(defaultValue = "true") boolean consumerBatch) {
}
