package jp.kyoso.messaging.outbox;

import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.time.Clock;
import jp.kyoso.messaging.config.MessagingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the history of sent events (the rows of {@code outbox_event} up to the relay's position) to the retention
 * and exports the backlog after that position as a gauge.
 * Created at start-up ({@code @Context}): a scheduled bean is otherwise only built when its first run is due, and
 * the gauge must be there from the first scrape.
 */
@Context
public class OutboxMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxMaintenance.class);

    private final BacklogTable outbox;
    private final MessagingSettings settings;
    private final Clock clock;

    public OutboxMaintenance(TransactionOperations<Connection> transactions, MessagingSettings settings, Clock clock,
                             MeterRegistry meters) {
        this.outbox = new BacklogTable(transactions,
                "select count(*) from outbox_event where seq > (select last_seq from outbox_relay_position)",
                "delete from outbox_event where created_at < ? and seq <= (select last_seq from outbox_relay_position)")
                .gauge(meters, "kyoso.outbox.backlog", "Outbox events not yet published to Kafka");
        this.settings = settings;
        this.clock = clock;
    }

    public long backlog() {
        return outbox.waiting();
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    public int prune() {
        int deleted = outbox.deleteSentBefore(clock.instant().minus(settings.outboxRetention()));
        if (deleted > 0) {
            LOG.info("Pruned {} published outbox events older than {}", deleted, settings.outboxRetention());
        }
        return deleted;
    }
}
