package jp.kyoso.kpi.projection;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jp.kyoso.messaging.inbox.Projection;

/**
 * Every table the KPI handlers build from events, so a rebuild can empty them all and replay. Plans, indicators and
 * observations are entered by people and are not listed here.
 *
 * <p>A rebuild also sets the tables' secondary indexes aside until it has caught up: maintained row by row they
 * halved the writer's rate (bench/RESULTS.md, 2026-12-07), built once at the end they cost one sort each. The keys
 * stay (every insert checks them), and so do unique indexes (a rule, not a lookup) and the one index a write reads: a
 * City Lab completion looks up the organisation its project started with.
 */
@Singleton
public class KpiProjection implements Projection {

    static final List<String> TABLES = List.of("partnership_fact", "citylab_fact", "fund_fact", "meeting_fact",
            "declaration_declarant", "declaration_declarant_goal", "declaration_status_change", "declaration_report");

    private static final String READ_BY_WRITES = "citylab_fact_aggregate";

    private final TransactionOperations<Connection> transactions;

    public KpiProjection(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void reset(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("truncate " + String.join(", ", TABLES));
        }
        try (PreparedStatement setAside = connection.prepareStatement("""
                insert into projection_index (index_name, definition)
                select i.indexname, i.indexdef from pg_indexes i
                where i.schemaname = current_schema() and i.tablename = any(?) and i.indexname <> ?
                and i.indexdef not like 'CREATE UNIQUE %'
                and not exists (select 1 from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                                where n.nspname = current_schema() and c.conname = i.indexname)
                on conflict (index_name) do nothing""")) {
            setAside.setArray(1, connection.createArrayOf("text", TABLES.toArray()));
            setAside.setString(2, READ_BY_WRITES);
            setAside.executeUpdate();
        }
        try (Statement statement = connection.createStatement()) {
            for (String index : column(connection, "select index_name from projection_index")) {
                statement.execute("drop index if exists " + identifier(index));
            }
        }
    }

    @Override
    public void caughtUp(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String definition : column(connection,
                    "select definition from projection_index where to_regclass(quote_ident(index_name)) is null")) {
                statement.execute(definition);
            }
            statement.executeUpdate("delete from projection_index");
        }
    }

    /** A rebuild the service stopped in the middle of finishes as ordinary consumption: its indexes come back now. */
    @EventListener
    void buildIndexesSetAside(StartupEvent event) {
        transactions.executeWrite(status -> {
            caughtUp(status.getConnection());
            return null;
        });
    }

    private static List<String> column(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
