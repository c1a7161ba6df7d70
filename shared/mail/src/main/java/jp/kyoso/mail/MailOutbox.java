package jp.kyoso.mail;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Enqueues mails in the caller's database transaction: a mail leaves only if the change it tells about commits, and
 * the relay sends every committed one, however long the SMTP server is away. The template is rendered here, so the
 * mail says what was true when it was written.
 */
@Singleton
public class MailOutbox {

    private static final String INSERT = """
            insert into mail_outbox (id, kind, recipient, language, subject, body) values (?, ?, ?, ?, ?, ?)""";

    private final TransactionOperations<Connection> transactions;
    private final MailTemplates templates;
    private final MailSignal signal;

    public MailOutbox(TransactionOperations<Connection> transactions, MailTemplates templates, MailSignal signal) {
        this.transactions = transactions;
        this.templates = templates;
        this.signal = signal;
    }

    /**
     * @return the mail's id (also sent as the {@code X-Kyoso-Mail-Id} header)
     * @throws IllegalStateException    outside a transaction (the mail would not be atomic with its cause)
     * @throws IllegalArgumentException when the template is missing or lacks a value
     */
    public UUID enqueue(OutgoingMail mail) {
        TransactionStatus<?> status = transactions.findTransactionStatus()
                .orElseThrow(() -> new IllegalStateException("MailOutbox.enqueue needs the transaction of its cause"));
        RenderedMail rendered = templates.render(mail.kind(), mail.language(), mail.values());
        UUID id = UUID.randomUUID();
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(INSERT)) {
            statement.setObject(1, id);
            statement.setString(2, mail.kind());
            statement.setString(3, mail.recipient());
            statement.setString(4, mail.language());
            statement.setString(5, rendered.subject());
            statement.setString(6, rendered.body());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("Cannot write mail " + mail.kind() + " to the mail outbox", e);
        }
        status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal.wake();
            }
        });
        return id;
    }
}
