package jp.kyoso.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.email.Email;
import io.micronaut.email.javamail.sender.JavaxEmailSender;
import io.micronaut.transaction.TransactionOperations;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due mails from {@code mail_outbox} over SMTP. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * replicas never send the same row, and marked sent in the transaction that claimed them. A failed send leaves the
 * row due again after {@link MailSettings#backoffAfter(int)}; the first failure of a round ends the round, since it
 * mostly means the server is away and the next rows would fail too. A mail is delivered at least once: only a crash
 * between the server's acceptance and the commit sends it again, and its {@code X-Kyoso-Mail-Id} header tells a
 * reader it is the same mail.
 */
@Singleton
@Requires(property = "kyoso.mail.relay-enabled", notEquals = "false")
public class MailRelay implements ApplicationEventListener<StartupEvent> {

    public static final String MAIL_ID_HEADER = "X-Kyoso-Mail-Id";
    private static final Logger LOG = LoggerFactory.getLogger(MailRelay.class);
    private static final String CLAIM = """
            select id, recipient, subject, body, attempts from mail_outbox
            where sent_at is null and next_attempt_at <= now()
            order by next_attempt_at, created_at limit ? for update skip locked""";
    private static final String SENT = "update mail_outbox set sent_at = now(), attempts = attempts + 1 where id = ?";
    private static final String FAILED = """
            update mail_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?""";

    private final TransactionOperations<Connection> transactions;
    private final JavaxEmailSender sender;
    private final MailSettings settings;
    private final MailSignal signal;
    private final Counter sent;
    private final Counter failures;
    private volatile boolean running;
    private Thread worker;

    public MailRelay(TransactionOperations<Connection> transactions, JavaxEmailSender sender, MailSettings settings,
                     MailSignal signal, MeterRegistry meters) {
        this.transactions = transactions;
        this.sender = sender;
        this.settings = settings;
        this.signal = signal;
        this.sent = Counter.builder("kyoso.mail.sent").description("Mails the SMTP server accepted").register(meters);
        this.failures = Counter.builder("kyoso.mail.failures").description("Failed SMTP sends (retried later)")
                .register(meters);
    }

    @Override
    public synchronized void onApplicationEvent(StartupEvent event) {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "mail-relay");
        worker.setDaemon(true);
        worker.start();
    }

    private void run() {
        while (running) {
            try {
                Round round = relayRound();
                if (round.failed() || round.sent() < settings.relayBatchSize()) {
                    signal.await(settings.relayIdleDelay());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Mail relay round failed: {}", e.toString());
                try {
                    signal.await(settings.retryBackoff());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** What one round did: mails sent, and whether a send failed. */
    record Round(int sent, boolean failed) {
    }

    Round relayRound() {
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            int count = 0;
            for (Pending mail : claim(connection)) {
                try {
                    send(mail);
                } catch (RuntimeException e) {
                    failures.increment();
                    Instant next = Instant.now().plus(settings.backoffAfter(mail.attempts() + 1));
                    LOG.warn("Mail {} not sent (attempt {}), next try at {}: {}", mail.id(), mail.attempts() + 1, next,
                            e.toString());
                    update(connection, FAILED, next, String.valueOf(e.getMessage()), mail.id());
                    return new Round(count, true);
                }
                update(connection, SENT, null, null, mail.id());
                sent.increment();
                count++;
            }
            return new Round(count, false);
        });
    }

    private void send(Pending mail) {
        sender.send(Email.builder().from(settings.from()).to(mail.recipient()).subject(mail.subject())
                        .body(mail.body()).build(),
                message -> {
                    try {
                        message.setHeader(MAIL_ID_HEADER, mail.id().toString());
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private List<Pending> claim(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setInt(1, settings.relayBatchSize());
            try (ResultSet result = statement.executeQuery()) {
                List<Pending> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(new Pending(result.getObject(1, UUID.class), result.getString(2), result.getString(3),
                            result.getString(4), result.getInt(5)));
                }
                return rows;
            }
        }
    }

    private static void update(Connection connection, String sql, Instant next, String error, UUID id)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (next == null) {
                statement.setObject(1, id);
            } else {
                statement.setTimestamp(1, Timestamp.from(next));
                statement.setString(2, error);
                statement.setObject(3, id);
            }
            statement.executeUpdate();
        }
    }

    private record Pending(UUID id, String recipient, String subject, String body, int attempts) {
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
        }
    }
}
