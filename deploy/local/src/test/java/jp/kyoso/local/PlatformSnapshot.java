package jp.kyoso.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import jp.kyoso.local.launcher.LocalPlatform;
import jp.kyoso.local.launcher.LocalService;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What the platform has stored: the row count of every table in every service database and the end offset of every
 * Kafka partition. Two snapshots that are equal mean nothing was written and no event published in between.
 *
 * @param counts {@code database.schema.table} or {@code topic-partition} to its count, sorted
 */
record PlatformSnapshot(Map<String, Long> counts) {

    /**
     * @param platform the running platform
     * @param excluded tables ({@code database.schema.table}) that background jobs write on their own schedule
     */
    static PlatformSnapshot take(LocalPlatform platform, Set<String> excluded) {
        Map<String, Long> counts = new TreeMap<>();
        for (LocalService service : LocalService.ALL) {
            try (Connection connection = connect(platform, service.database());
                 Statement statement = connection.createStatement()) {
                for (String table : tables(connection)) {
                    String key = service.database() + "." + table;
                    if (excluded.contains(key)) {
                        continue;
                    }
                    try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                        rows.next();
                        counts.put(key, rows.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot count the rows of " + service.database(), e);
            }
        }
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(platform)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (List<PartitionInfo> infos : consumer.listTopics(Duration.ofSeconds(10)).values()) {
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
            consumer.endOffsets(partitions, Duration.ofSeconds(10))
                    .forEach((partition, offset) -> counts.put("kafka:" + partition, offset));
        }
        return new PlatformSnapshot(counts);
    }

    /** @return what differs from {@code earlier}, one line per table or partition, empty if nothing */
    List<String> changesSince(PlatformSnapshot earlier) {
        List<String> changes = new ArrayList<>();
        Set<String> keys = new java.util.TreeSet<>(counts.keySet());
        keys.addAll(earlier.counts.keySet());
        for (String key : keys) {
            Long before = earlier.counts.get(key);
            Long after = counts.get(key);
            if (!java.util.Objects.equals(before, after)) {
                changes.add(key + ": " + before + " -> " + after);
            }
        }
        return changes;
    }

    /**
     * Up to {@code limit} values of {@code column} in the first table of {@code database} named {@code table} or
     * ending in {@code _table}; empty when there is no such table or column.
     */
    static List<String> sample(LocalPlatform platform, String database, String table, List<String> columns,
                               int limit) {
        try (Connection connection = connect(platform, database); Statement statement = connection.createStatement()) {
            List<String> tables = tables(connection).stream()
                    .map(name -> name.substring(name.indexOf('.') + 1))
                    .filter(name -> name.equals(table) || name.endsWith("_" + table))
                    .sorted((a, b) -> Integer.compare(a.length(), b.length()))
                    .toList();
            for (String candidate : tables) {
                for (String column : columns) {
                    if (!hasColumn(connection, candidate, column)) {
                        continue;
                    }
                    List<String> values = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery("SELECT " + column + " FROM " + candidate
                            + " ORDER BY random() LIMIT " + limit)) {
                        while (rows.next()) {
                            values.add(rows.getString(1));
                        }
                    }
                    return values;
                }
            }
            return List.of();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + database, e);
        }
    }

    private static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, "public", table, column)) {
            return columns.next();
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_schema || '.' || table_name"
                     + " FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
                     + " AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static Connection connect(LocalPlatform platform, String database) throws SQLException {
        return DriverManager.getConnection(platform.postgres().jdbcUrl(database), platform.postgres().username(),
                platform.postgres().password());
    }

    private static KafkaConsumer<byte[], byte[]> consumer(LocalPlatform platform) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "hostile-input-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "hostile-input-snapshot".toLowerCase(Locale.ROOT));
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
