package jp.kyoso.messaging.outbox;

import io.micronaut.transaction.TransactionOperations;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The two chores of a table of things waiting to be sent (events for Kafka, mails for the SMTP server), whatever
 * they are: how many wait, as a gauge, and forgetting the sent ones after their retention.
 */
public final class BacklogTable {

    private final TransactionOperations<Connection> transactions;
    private final String countWaiting;
    private final String deleteSentBefore;

    /**
     * @param countWaiting     {@code select count(*) …} of the rows not yet sent
     * @param deleteSentBefore {@code delete … where <sent at> < ?} of the sent rows
     */
    public BacklogTable(TransactionOperations<Connection> transactions, String countWaiting, String deleteSentBefore) {
        this.transactions = transactions;
        this.countWaiting = countWaiting;
        this.deleteSentBefore = deleteSentBefore;
    }

    /**
     * Exports {@link #waiting()} as a gauge. It reads NaN while the database cannot answer, so a dashboard shows a gap
     * rather than a backlog of 0. Micrometer holds the table weakly: the caller keeps it in a field.
     */
    public BacklogTable gauge(MeterRegistry meters, String name, String description) {
        Gauge.builder(name, this, BacklogTable::waitingOrNaN).description(description).register(meters);
        return this;
    }

    public long waiting() {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(countWaiting);
                 ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    /** Deletes the rows sent before {@code cutoff}; returns how many. */
    public int deleteSentBefore(Instant cutoff) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(deleteSentBefore)) {
                statement.setTimestamp(1, Timestamp.from(cutoff));
                return statement.executeUpdate();
            }
        });
    }

    private double waitingOrNaN() {
        try {
            return waiting();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
