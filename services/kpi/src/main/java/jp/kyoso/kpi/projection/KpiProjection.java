package jp.kyoso.kpi.projection;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import jp.kyoso.messaging.inbox.Projection;

/**
 * Every table the KPI handlers build from events, so a rebuild can empty them all and replay. Plans, indicators and
 * observations are entered by people and are not listed here.
 */
@Singleton
public class KpiProjection implements Projection {

    static final List<String> TABLES = List.of("partnership_fact", "citylab_fact", "fund_fact", "meeting_fact",
            "declaration_declarant", "declaration_declarant_goal", "declaration_status_change", "declaration_report");

    @Override
    public void reset(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("truncate " + String.join(", ", TABLES));
        }
    }
}
