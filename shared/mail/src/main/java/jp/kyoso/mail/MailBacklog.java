package jp.kyoso.mail;

import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Exports the mails not yet accepted by the SMTP server as {@code kyoso_mail_backlog} (it grows while the server is
 * away and must fall back to 0 when it returns) and forgets sent mails after the retention. Created at start-up so
 * the gauge is there from the first scrape.
 */
@Context
public class MailBacklog {

    private static final String BACKLOG = "select count(*) from mail_outbox where sent_at is null";
    private static final String PRUNE = "delete from mail_outbox where sent_at < ?";

    private final TransactionOperations<Connection> transactions;
    private final MailSettings settings;

    public MailBacklog(TransactionOperations<Connection> transactions, MailSettings settings, MeterRegistry meters) {
        this.transactions = transactions;
        this.settings = settings;
        Gauge.builder("kyoso.mail.backlog", this, MailBacklog::backlogOrNaN)
                .description("Mails waiting for the SMTP server").register(meters);
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

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void prune() {
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(PRUNE)) {
                statement.setTimestamp(1, Timestamp.from(Instant.now().minus(settings.sentRetention())));
                return statement.executeUpdate();
            }
        });
    }
}
