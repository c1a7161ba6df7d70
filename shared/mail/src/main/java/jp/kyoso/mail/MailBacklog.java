package jp.kyoso.mail;

import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.time.Instant;
import jp.kyoso.messaging.outbox.BacklogTable;

/**
 * Exports the mails not yet accepted by the SMTP server as {@code kyoso_mail_backlog} (it grows while the server is
 * away and must fall back to 0 when it returns) and forgets sent mails after the retention. Created at start-up so
 * the gauge is there from the first scrape.
 */
@Context
public class MailBacklog {

    private final BacklogTable outbox;
    private final MailSettings settings;

    public MailBacklog(TransactionOperations<Connection> transactions, MailSettings settings, MeterRegistry meters) {
        this.outbox = new BacklogTable(transactions, "select count(*) from mail_outbox where sent_at is null",
                "delete from mail_outbox where sent_at < ?")
                .gauge(meters, "kyoso.mail.backlog", "Mails waiting for the SMTP server");
        this.settings = settings;
    }

    public long backlog() {
        return outbox.waiting();
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void prune() {
        outbox.deleteSentBefore(Instant.now().minus(settings.sentRetention()));
    }
}
