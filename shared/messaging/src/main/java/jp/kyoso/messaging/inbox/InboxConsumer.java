package jp.kyoso.messaging.inbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.TransactionOperations;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jp.kyoso.events.EventCodec;
import jp.kyoso.messaging.config.MessagingSettings;
import jp.kyoso.messaging.kafka.KafkaClients;
import jp.kyoso.messaging.kafka.TopicInitializer;

/**
 * The service's one Kafka consumer: subscribes to the topics of its {@link EventHandler}s and hands each event to
 * them exactly once in effect. This bean only assembles and runs the parts: the {@link PollLoop} on a daemon thread,
 * which delivers each poll through {@link BatchDelivery} (one transaction) or, when anything in it fails,
 * {@link RecordDelivery} (one transaction per record, retries, dead letters, rewinds); {@link InboxRows} recognise
 * duplicates; {@link Replay} rebuilds the {@link Projection}s; {@link CloudEventRecords} reads the records.
 */
@Singleton
@Requires(property = "kyoso.messaging.consumer-enabled", notEquals = "false")
public class InboxConsumer implements ApplicationEventListener<StartupEvent> {

    private final Subscriptions subscriptions;
    private final Replay replay;
    private final PollLoop loop;
    private Thread worker;

    public InboxConsumer(List<EventHandler<?>> handlers, TransactionOperations<Connection> transactions,
                         KafkaClients clients, TopicInitializer topicInitializer, DeadLetters deadLetters,
                         EventCodec codec, MessagingSettings settings, MeterRegistry meters,
                         List<Projection> projections, @Value("${kyoso.service-name}") String serviceName) {
        InboxMetrics metrics = InboxMetrics.register(meters);
        InboxRows inbox = new InboxRows(serviceName);
        this.subscriptions = new Subscriptions(handlers);
        this.replay = new Replay(transactions, inbox, projections, metrics);
        this.loop = new PollLoop(subscriptions, clients, topicInitializer, settings,
                new BatchDelivery(subscriptions, transactions, inbox, codec, metrics),
                new RecordDelivery(subscriptions, transactions, inbox, codec, deadLetters, settings, metrics,
                        serviceName),
                replay, serviceName);
    }

    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        if (worker != null || subscriptions.topics().isEmpty()) {
            return;
        }
        worker = new Thread(loop, "inbox-consumer");
        worker.setDaemon(true);
        worker.start();
    }

    public Set<String> topics() {
        return Set.copyOf(subscriptions.topics());
    }

    /**
     * Asks the consumer to rebuild its {@link Projection}s: it empties them and forgets its inbox in one
     * transaction, then reads every topic again from the start (see {@link Replay}).
     */
    public ReplayStatus replayFromStart() {
        return replay.request();
    }

    public ReplayStatus replayStatus() {
        return replay.status();
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        loop.stop();
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
