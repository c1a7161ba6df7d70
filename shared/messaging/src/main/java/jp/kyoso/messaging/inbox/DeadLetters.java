package jp.kyoso.messaging.inbox;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.kyoso.events.Topics;
import jp.kyoso.messaging.kafka.KafkaClients;
import jp.kyoso.messaging.kafka.KafkaUnavailableException;
import jp.kyoso.messaging.kafka.TopicInitializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Moves a record that cannot be handled to {@code <topic>.dlq}, unchanged, with headers saying why and where it
 * came from, so the secretariat's operators can inspect and replay it while the consumer moves on.
 */
@Singleton
public class DeadLetters {

    public static final String REASON = "kyoso_dlq_reason";
    public static final String CONSUMER = "kyoso_dlq_consumer";
    public static final String ORIGINAL_TOPIC = "kyoso_dlq_topic";
    public static final String ORIGINAL_PARTITION = "kyoso_dlq_partition";
    public static final String ORIGINAL_OFFSET = "kyoso_dlq_offset";
    private static final int MAX_REASON_LENGTH = 2_000;

    private final KafkaClients clients;
    private final TopicInitializer topics;
    private KafkaProducer<byte[], byte[]> producer;

    public DeadLetters(KafkaClients clients, TopicInitializer topics) {
        this.clients = clients;
        this.topics = topics;
    }

    /** Returns once the dead letter is durably on the broker. */
    synchronized void send(String consumer, ConsumerRecord<byte[], byte[]> record, Throwable reason) {
        String topic = Topics.deadLetterOf(record.topic());
        topics.ensure(List.of(topic));
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(REASON, utf8(truncate(describe(reason))));
        headers.add(CONSUMER, utf8(consumer));
        headers.add(ORIGINAL_TOPIC, utf8(record.topic()));
        headers.add(ORIGINAL_PARTITION, utf8(Integer.toString(record.partition())));
        headers.add(ORIGINAL_OFFSET, utf8(Long.toString(record.offset())));
        try {
            producer().send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers))
                    .get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("Interrupted sending a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            closeProducer();
            throw new KafkaUnavailableException("Cannot send a dead letter to " + topic, e);
        }
    }

    private static String describe(Throwable reason) {
        StringBuilder text = new StringBuilder(reason.toString());
        for (Throwable cause = reason.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        return text.toString();
    }

    private static String truncate(String text) {
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = clients.producer("dead-letters");
        }
        return producer;
    }

    @PreDestroy
    synchronized void closeProducer() {
        if (producer != null) {
            producer.close(java.time.Duration.ZERO);
            producer = null;
        }
    }
}
