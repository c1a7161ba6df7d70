package jp.kyoso.messaging.inbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.TransactionOperations;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.Topics;
import jp.kyoso.messaging.config.MessagingSettings;
import jp.kyoso.messaging.kafka.KafkaClients;
import jp.kyoso.messaging.kafka.TopicInitializer;
import jp.kyoso.correlation.CorrelationIds;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The service's one Kafka consumer: subscribes to the topics of its {@link EventHandler}s and hands each event to
 * them exactly once in effect. Per poll: insert the inbox rows and run the handlers in one transaction (a
 * duplicate finds its row and is skipped; neighbouring events of one type go to their handler's
 * {@link EventHandler#handleAll} together), falling back to one transaction per record when anything in the batch
 * fails; offsets are committed only after that transaction (at most once a second, and on revocation and close). An infrastructure
 * failure rewinds and waits; an event that keeps failing goes to the dead letters and consumption moves on.
 */
@Singleton
@Requires(property = "kyoso.messaging.consumer-enabled", notEquals = "false")
public class InboxConsumer implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(InboxConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    /**
     * Offsets are committed at most this often (and when partitions are revoked or the consumer closes): each commit
     * is a broker write and a round trip before the next poll, and the inbox already makes a redelivery harmless, so
     * committing after every small poll only cost freshness and broker CPU.
     */
    private static final long COMMIT_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();
    private static final String REMEMBER = """
            insert into inbox_event (consumer, event_id, event_type, topic) values (?, ?, ?, ?)
            on conflict (consumer, event_id) do nothing""";
    private static final String REMEMBER_ALL = """
            insert into inbox_event (consumer, event_id, event_type, topic)
            select ?, e.id, e.type, e.topic from unnest(?::text[], ?::text[], ?::text[]) as e(id, type, topic)
            on conflict (consumer, event_id) do nothing
            returning event_id""";

    private final Map<String, List<EventHandler<DomainEvent>>> handlersByType = new HashMap<>();
    private final Set<String> topics = new LinkedHashSet<>();
    private final TransactionOperations<Connection> transactions;
    private final KafkaClients clients;
    private final TopicInitializer topicInitializer;
    private final DeadLetters deadLetters;
    private final EventCodec codec;
    private final MessagingSettings settings;
    private final String consumerName;
    private final Counter handled;
    private final Counter duplicates;
    private final Counter deadLettered;
    private final List<Projection> projections;
    private volatile boolean running;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Thread worker;
    private volatile ReplayStatus replay = ReplayStatus.IDLE;
    private Map<TopicPartition, Long> replayEnd = Map.of();
    private double handledBeforeReplay;
    private final Map<TopicPartition, OffsetAndMetadata> uncommitted = new HashMap<>();
    private long lastCommit = System.nanoTime();

    @SuppressWarnings("unchecked")
    public InboxConsumer(List<EventHandler<?>> handlers, TransactionOperations<Connection> transactions,
                         KafkaClients clients, TopicInitializer topicInitializer, DeadLetters deadLetters,
                         EventCodec codec, MessagingSettings settings, MeterRegistry meters,
                         List<Projection> projections, @Value("${kyoso.service-name}") String serviceName) {
        for (EventHandler<?> handler : handlers) {
            var descriptor = EventCatalog.of(handler.eventClass());
            handlersByType.computeIfAbsent(descriptor.type(), type -> new ArrayList<>())
                    .add((EventHandler<DomainEvent>) handler);
            topics.add(descriptor.topic());
        }
        this.transactions = transactions;
        this.clients = clients;
        this.topicInitializer = topicInitializer;
        this.deadLetters = deadLetters;
        this.codec = codec;
        this.settings = settings;
        this.consumerName = serviceName;
        this.projections = List.copyOf(projections);
        this.handled = Counter.builder("kyoso.inbox.handled").register(meters);
        this.duplicates = Counter.builder("kyoso.inbox.duplicates").register(meters);
        this.deadLettered = Counter.builder("kyoso.inbox.dead.lettered").register(meters);
    }

    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        if (running || topics.isEmpty()) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "inbox-consumer");
        worker.setDaemon(true);
        worker.start();
    }

    public Set<String> topics() {
        return Set.copyOf(topics);
    }

    /**
     * Asks the consumer to rebuild its {@link Projection}s: it empties them and forgets its inbox in one
     * transaction, then reads every topic again from the start. Safe against a crash at any step: the offsets go
     * back to the start before anything is deleted, so a restart either replays into an intact inbox (every event
     * a duplicate) or into an empty one (a full rebuild). Assumes this instance holds all partitions, as one
     * consumer per service does.
     */
    public synchronized ReplayStatus replayFromStart() {
        if (replay.state() == ReplayStatus.State.REQUESTED || replay.state() == ReplayStatus.State.REPLAYING) {
            return replay;
        }
        replay = new ReplayStatus(ReplayStatus.State.REQUESTED, Instant.now(), null, 0);
        return replay;
    }

    public ReplayStatus replayStatus() {
        ReplayStatus current = replay;
        if (current.state() == ReplayStatus.State.REPLAYING) {
            return new ReplayStatus(current.state(), current.requestedAt(), null,
                    (long) (handled.count() - handledBeforeReplay));
        }
        return current;
    }

    private void run() {
        try {
            createTopics();
            consumer = clients.consumer(consumerName);
            consumer.subscribe(topics, new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    flushCommits(); // what this instance handled, before another one takes the partitions over
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    // positions come from the committed offsets
                }
            });
            while (running) {
                if (replay.state() == ReplayStatus.State.REQUESTED && !consumer.assignment().isEmpty()) {
                    tryStartReplay();
                }
                consume(consumer.poll(POLL));
                if (System.nanoTime() - lastCommit >= COMMIT_INTERVAL_NANOS) {
                    flushCommits();
                }
                if (replay.state() == ReplayStatus.State.REPLAYING) {
                    finishReplayWhenCaughtUp();
                }
            }
        } catch (WakeupException | InterruptedException | InterruptException e) {
            // stopping
        } catch (RuntimeException e) {
            LOG.error("Inbox consumer stopped by an unexpected failure", e);
        } finally {
            closeQuietly();
        }
    }

    private void closeQuietly() {
        if (consumer == null) {
            return;
        }
        try {
            flushCommits();
        } catch (WakeupException | InterruptException e) {
            // Stopping anyway: the last second's events are delivered again after the restart and skipped.
        }
        try {
            consumer.close(Duration.ofSeconds(5));
        } catch (InterruptException e) {
            // Stopped while closing: the group notices the departure by its session timeout instead.
            Thread.currentThread().interrupt();
        }
    }

    private void tryStartReplay() {
        try {
            startReplay();
        } catch (WakeupException | InterruptException e) {
            throw e;
        } catch (RuntimeException e) {
            // Still REQUESTED: tried again after the next poll, once the database or broker is back.
            LOG.warn("Cannot start the replay yet: {}", e.toString());
        }
    }

    private void startReplay() {
        Set<TopicPartition> partitions = consumer.assignment();
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> rewound = new HashMap<>();
        beginning.forEach((partition, offset) -> rewound.put(partition, new OffsetAndMetadata(offset)));
        uncommitted.clear(); // older positions must not overwrite the rewind
        consumer.commitSync(rewound, Duration.ofSeconds(10));
        transactions.executeWrite(status -> {
            try (PreparedStatement forget = status.getConnection()
                    .prepareStatement("delete from inbox_event where consumer = ?")) {
                forget.setString(1, consumerName);
                forget.executeUpdate();
            }
            for (Projection projection : projections) {
                projection.reset(status.getConnection());
            }
            return null;
        });
        consumer.seekToBeginning(partitions);
        replayEnd = consumer.endOffsets(partitions);
        handledBeforeReplay = handled.count();
        replay = new ReplayStatus(ReplayStatus.State.REPLAYING, replay.requestedAt(), null, 0);
        LOG.info("Replaying {} partitions from the start to rebuild {} projection(s)", partitions.size(),
                projections.size());
    }

    private void finishReplayWhenCaughtUp() {
        for (Map.Entry<TopicPartition, Long> end : replayEnd.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return;
            }
        }
        long replayed = (long) (handled.count() - handledBeforeReplay);
        replay = new ReplayStatus(ReplayStatus.State.DONE, replay.requestedAt(), Instant.now(), replayed);
        LOG.info("Replay finished: {} events handled again", replayed);
    }

    private void createTopics() throws InterruptedException {
        List<String> all = new ArrayList<>(topics);
        topics.forEach(topic -> all.add(Topics.deadLetterOf(topic)));
        Duration backoff = settings.retryBackoff();
        while (running) {
            try {
                topicInitializer.ensure(all);
                return;
            } catch (RuntimeException e) {
                LOG.warn("Cannot create topics yet, retrying in {} ms: {}", backoff.toMillis(), e.toString());
                TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
                backoff = longer(backoff);
            }
        }
    }

    private void consume(ConsumerRecords<byte[], byte[]> records) throws InterruptedException {
        if (records.isEmpty()) {
            return;
        }
        if (settings.consumerBatch() && records.count() > 1 && deliverAll(records)) {
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            for (TopicPartition partition : records.partitions()) {
                List<ConsumerRecord<byte[], byte[]>> inPartition = records.records(partition);
                done.put(partition, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
            }
            commit(done);
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        List<TopicPartition> partitions = new ArrayList<>(records.partitions());
        for (int p = 0; p < partitions.size(); p++) {
            TopicPartition partition = partitions.get(p);
            for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                if (!deliver(record)) {
                    rewind(records, partitions, p, record.offset());
                    commit(done);
                    return;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        commit(done);
    }

    /**
     * The fast path: every record of the poll in one transaction, with one statement for all their inbox rows, so
     * that a catch-up or a rebuild pays one commit per poll instead of one per event. Anything unusual (a record that
     * is not a CloudEvent, an unreadable payload, a handler or database failure) rolls the whole batch back and
     * returns false; the records are then delivered one by one, with the retries, dead letters and rewinds of
     * {@link #deliver}, exactly as if this path did not exist.
     *
     * @return whether every record was handled (or skipped as a duplicate or as a type nobody handles)
     */
    private boolean deliverAll(ConsumerRecords<byte[], byte[]> records) {
        List<Decoded> decoded = new ArrayList<>(records.count());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            String type = header(record, CloudEventHeaders.TYPE);
            String id = header(record, CloudEventHeaders.ID);
            if (type == null || id == null || id.isBlank()) {
                return false;
            }
            List<EventHandler<DomainEvent>> handlers = handlersByType.get(type);
            if (handlers == null) {
                continue;
            }
            try {
                decoded.add(new Decoded(record, id, type, envelope(record, id, type), codec.decode(type,
                        record.value()), handlers));
            } catch (RuntimeException unreadable) {
                return false;
            }
        }
        if (decoded.isEmpty()) {
            return true;
        }
        String previous = MDC.get(CorrelationIds.MDC_KEY);
        try {
            int[] outcome = transactions.executeWrite(status -> {
                Set<String> fresh = rememberAll(status.getConnection(), decoded);
                List<Decoded> news = new ArrayList<>(fresh.size());
                for (Decoded event : decoded) {
                    if (fresh.remove(event.id())) {
                        news.add(event);
                    }
                }
                for (List<Decoded> run : runs(news, Decoded::handlers)) {
                    handleRun(run);
                }
                return new int[] {news.size(), decoded.size() - news.size()};
            });
            handled.increment(outcome[0]);
            duplicates.increment(outcome[1]);
            return true;
        } catch (RuntimeException e) {
            LOG.debug("A batch of {} records failed, delivering them one by one: {}", decoded.size(), e.toString());
            return false;
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationIds.MDC_KEY);
            } else {
                MDC.put(CorrelationIds.MDC_KEY, previous);
            }
        }
    }

    /**
     * Cuts events (in their order) into the runs handed to a handler together: neighbours of one type whose type has a
     * single handler. With several handlers per type each event is a run of its own and goes through them in turn,
     * as it always did, so no handler sees a later event before another handler has seen an earlier one.
     */
    static <T> List<List<T>> runs(List<T> events, Function<T, List<?>> handlersOf) {
        List<List<T>> runs = new ArrayList<>();
        int start = 0;
        while (start < events.size()) {
            List<?> handlers = handlersOf.apply(events.get(start));
            int end = start + 1;
            while (handlers.size() == 1 && end < events.size() && handlersOf.apply(events.get(end)) == handlers) {
                end++;
            }
            runs.add(events.subList(start, end));
            start = end;
        }
        return runs;
    }

    private static void handleRun(List<Decoded> run) {
        Decoded first = run.get(0);
        if (run.size() == 1) {
            correlate(first.envelope().correlationId());
            for (EventHandler<DomainEvent> handler : first.handlers()) {
                handler.handle(first.event(), first.envelope());
            }
            return;
        }
        String correlation = first.envelope().correlationId();
        List<Delivery<DomainEvent>> deliveries = new ArrayList<>(run.size());
        for (Decoded event : run) {
            deliveries.add(new Delivery<>(event.event(), event.envelope()));
            if (correlation != null && !correlation.equals(event.envelope().correlationId())) {
                correlation = null; // several requests' events: no single correlation id to log
            }
        }
        correlate(correlation);
        first.handlers().get(0).handleAll(deliveries);
    }

    private static void correlate(String correlationId) {
        if (correlationId != null) {
            MDC.put(CorrelationIds.MDC_KEY, correlationId);
        } else {
            MDC.remove(CorrelationIds.MDC_KEY);
        }
    }

    /** @return the ids of the events not seen before, whose inbox rows were just inserted */
    private Set<String> rememberAll(Connection connection, List<Decoded> events) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REMEMBER_ALL)) {
            statement.setString(1, consumerName);
            statement.setArray(2, connection.createArrayOf("text", events.stream().map(Decoded::id).toArray()));
            statement.setArray(3, connection.createArrayOf("text", events.stream().map(Decoded::type).toArray()));
            statement.setArray(4, connection.createArrayOf("text",
                    events.stream().map(event -> event.record().topic()).toArray()));
            Set<String> fresh = new HashSet<>();
            try (ResultSet inserted = statement.executeQuery()) {
                while (inserted.next()) {
                    fresh.add(inserted.getString(1));
                }
            }
            return fresh;
        }
    }

    /** A record whose headers and payload were read, with the handlers of its type. */
    private record Decoded(ConsumerRecord<byte[], byte[]> record, String id, String type, EventEnvelope envelope,
                           DomainEvent event, List<EventHandler<DomainEvent>> handlers) {
    }

    /** @return false when the infrastructure failed and the record must be delivered again later */
    private boolean deliver(ConsumerRecord<byte[], byte[]> record) throws InterruptedException {
        Duration backoff = settings.retryBackoff();
        RuntimeException last = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            try {
                handle(record);
                return true;
            } catch (PoisonEventException e) {
                last = e;
                break;
            } catch (RuntimeException e) {
                if (Failures.isInfrastructure(e)) {
                    LOG.warn("Infrastructure unavailable handling {}@{}, will retry: {}", record.topic(),
                            record.offset(), e.toString());
                    TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
                    return false;
                }
                last = e;
                LOG.warn("Attempt {} of {} failed for {}@{}: {}", attempt, settings.maxAttempts(), record.topic(),
                        record.offset(), e.toString());
                TimeUnit.MILLISECONDS.sleep(backoff.toMillis() * attempt);
            }
        }
        try {
            deadLetters.send(consumerName, record, last);
            deadLettered.increment();
            LOG.error("Event {}@{}/{} moved to the dead letters: {}", record.topic(), record.partition(),
                    record.offset(), String.valueOf(last));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Cannot reach the dead-letter topic, will retry: {}", e.toString());
            return false;
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        String id = header(record, CloudEventHeaders.ID);
        if (type == null || id == null || id.isBlank()) {
            throw new PoisonEventException("Not a CloudEvent: ce_id or ce_type header missing");
        }
        List<EventHandler<DomainEvent>> handlers = handlersByType.get(type);
        if (handlers == null) {
            return;
        }
        EventEnvelope envelope = envelope(record, id, type);
        DomainEvent event;
        try {
            event = codec.decode(type, record.value());
        } catch (RuntimeException e) {
            throw new PoisonEventException("Unreadable " + type + " payload", e);
        }
        String previous = MDC.get(CorrelationIds.MDC_KEY);
        if (envelope.correlationId() != null) {
            MDC.put(CorrelationIds.MDC_KEY, envelope.correlationId());
        }
        try {
            transactions.executeWrite(status -> {
                if (!remember(status.getConnection(), record, id, type)) {
                    duplicates.increment();
                    return null;
                }
                for (EventHandler<DomainEvent> handler : handlers) {
                    handler.handle(event, envelope);
                }
                handled.increment();
                return null;
            });
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationIds.MDC_KEY);
            } else {
                MDC.put(CorrelationIds.MDC_KEY, previous);
            }
        }
    }

    private boolean remember(Connection connection, ConsumerRecord<byte[], byte[]> record, String id, String type)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REMEMBER)) {
            statement.setString(1, consumerName);
            statement.setString(2, id);
            statement.setString(3, type);
            statement.setString(4, record.topic());
            return statement.executeUpdate() == 1;
        }
    }

    private static EventEnvelope envelope(ConsumerRecord<byte[], byte[]> record, String id, String type) {
        String time = header(record, CloudEventHeaders.TIME);
        try {
            return new EventEnvelope(id, header(record, CloudEventHeaders.SOURCE), type,
                    header(record, CloudEventHeaders.SUBJECT), time == null ? null : Instant.parse(time),
                    header(record, CloudEventHeaders.CORRELATION_ID));
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("ce_time is not an RFC 3339 time: " + time, e);
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    // Puts the failed partition back on the failed record and every later partition of the batch back on its first
    // record, so the next poll delivers exactly what was not yet handled.
    private void rewind(ConsumerRecords<byte[], byte[]> records, List<TopicPartition> partitions, int failedIndex,
                        long failedOffset) {
        consumer.seek(partitions.get(failedIndex), failedOffset);
        for (int p = failedIndex + 1; p < partitions.size(); p++) {
            TopicPartition partition = partitions.get(p);
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
    }

    /** Remembers the positions after handled records; {@link #flushCommits} sends them at most once a second. */
    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        uncommitted.putAll(offsets);
    }

    private void flushCommits() {
        lastCommit = System.nanoTime();
        if (uncommitted.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>(uncommitted);
        uncommitted.clear();
        try {
            consumer.commitSync(offsets, Duration.ofSeconds(10));
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            // Handled events are in the inbox already; redelivery after a failed commit changes nothing.
            LOG.warn("Offset commit failed, events may be redelivered and skipped: {}", e.toString());
        }
    }

    private static Duration longer(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (worker != null) {
            // The wakeup ends a poll; interrupting at once would also cut the consumer's orderly close (leaving
            // the group), so only a worker still sleeping in a back-off after a while is interrupted.
            worker.join(TimeUnit.SECONDS.toMillis(2));
            if (worker.isAlive()) {
                worker.interrupt();
                worker.join(TimeUnit.SECONDS.toMillis(10));
            }
        }
    }
}
