package jp.kyoso.messaging.backbone;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.messaging.inbox.EventHandler;
import jp.kyoso.messaging.inbox.Projection;

/**
 * The test read model: every handled approval becomes one {@code approval_ledger} row, in handling order, so a test
 * sees duplicates, losses and order directly. A name can ask the handler to misbehave: {@value #REFUSE} fails every
 * time (a bug: dead letters), {@value #UNREACHABLE} fails {@value #OUTAGE} times as if the database were away
 * (infrastructure: rewind and wait).
 */
@Singleton
class ApprovalLedger implements EventHandler<OrganisationApproved>, Projection {

    static final String REFUSE = "refuse:";
    static final String UNREACHABLE = "unreachable:";
    static final int OUTAGE = 5;

    private final TransactionOperations<Connection> transactions;
    private final Map<String, Integer> outages = new ConcurrentHashMap<>();

    ApprovalLedger(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Class<OrganisationApproved> eventClass() {
        return OrganisationApproved.class;
    }

    @Override
    public void handle(OrganisationApproved event, EventEnvelope envelope) {
        if (event.name().startsWith(REFUSE)) {
            throw new IllegalStateException("the test handler refuses " + event.name());
        }
        if (event.name().startsWith(UNREACHABLE) && outages.merge(envelope.id(), 1, Integer::sum) <= OUTAGE) {
            throw new IllegalStateException(new SQLTransientConnectionException("the test database is away"));
        }
        transactions.executeWrite(status -> {
            try (PreparedStatement insert = status.getConnection().prepareStatement(
                    "insert into approval_ledger (organisation_id, name, event_id) values (?, ?, ?)")) {
                insert.setString(1, event.organisationId());
                insert.setString(2, event.name());
                insert.setString(3, envelope.id());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public void reset(Connection connection) throws SQLException {
        try (Statement truncate = connection.createStatement()) {
            truncate.execute("truncate approval_ledger");
        }
    }

    /** @return the names handled for one organisation, in handling order */
    List<String> names(String organisationId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement(
                    "select name from approval_ledger where organisation_id = ? order by seq")) {
                select.setString(1, organisationId);
                List<String> names = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
                return names;
            }
        });
    }

    /** @return how many rows the ledger holds */
    long size() {
        return transactions.executeRead(status -> {
            try (Statement count = status.getConnection().createStatement();
                 ResultSet rows = count.executeQuery("select count(*) from approval_ledger")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
