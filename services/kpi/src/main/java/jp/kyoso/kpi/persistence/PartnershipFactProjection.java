package jp.kyoso.kpi.persistence;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import jp.kyoso.messaging.inbox.Projection;

/** The partnership facts are built only from events, so a rebuild may empty them and replay. */
@Singleton
public class PartnershipFactProjection implements Projection {

    @Override
    public void reset(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from partnership_fact");
        }
    }
}
