package jp.kyoso.messaging.outbox;

import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import jp.kyoso.messaging.config.MessagingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the history of sent events ({@code outbox_event_sent}) to the retention and exports its backlog as a gauge.
 * Created at start-up ({@code @Context}): a scheduled bean is otherwise only built when its first run is due, and
 * the gauge must be there from the first scrape.
 */
@Context
public class OutboxMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxMaintenance.class);
    private static final String BACKLOG = "select count(*) from outbox_event";
    private static final String PRUNE = "delete from outbox_event_sent where published_at < ?";

    private final TransactionOperations<Connection> transactions;
    private final MessagingSettings settings;
    private final Clock clock;

    public OutboxMaintenance(TransactionOperations<Connection> transactions, MessagingSettings settings, Clock clock,
                             MeterRegistry meters) {
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        Gauge.builder("kyoso.outbox.backlog", this, OutboxMaintenance::backlogOrNaN)
                .description("Outbox events not yet published to Kafka").register(meters);
    }

    public long backlog() {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(BACKLOG);
                 ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    private double backlogOrNaN() {
        try {
            return backlog();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    public int prune() {
        int deleted = transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(PRUNE)) {
                statement.setTimestamp(1, Timestamp.from(clock.instant().minus(settings.outboxRetention())));
                return statement.executeUpdate();
            }
        });
        if (deleted > 0) {
            LOG.info("Pruned {} published outbox events older than {}", deleted, settings.outboxRetention());
        }
        return deleted;
    }
}
