package jp.kyoso.testsupport.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIT {

    @TempDir
    Path temporary;

    @Test
    void servesSeparateDatabasesWithPasswordAuthentication() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(null, 0)) {
            Path dataDirectory = server.dataDirectory();
            server.createDatabaseIfMissing("alpha_it");
            server.createDatabaseIfMissing("beta_it");
            server.createDatabaseIfMissing("alpha_it");

            execute(server, "alpha_it", "CREATE TABLE thing (name text)", "INSERT INTO thing VALUES ('in alpha')");
            execute(server, "beta_it", "CREATE TABLE thing (name text)");
            assertEquals(List.of("in alpha"), names(server, "alpha_it"));
            assertEquals(List.of(), names(server, "beta_it"));

            assertEquals("postgres", server.username());
            assertEquals("postgres", server.password());
            assertEquals("jdbc:postgresql://localhost:" + server.port() + "/alpha_it", server.jdbcUrl("alpha_it"));
            SQLException wrongPassword = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(server.jdbcUrl("alpha_it"), "postgres", "wrong").close());
            assertEquals("28P01", wrongPassword.getSQLState(), "TCP connections must really check the password");

            try (Connection connection = connect(server, "postgres");
                 Statement statement = connection.createStatement();
                 ResultSet settings = statement.executeQuery(
                         "SELECT current_setting('max_connections')::int, current_setting('server_version_num')::int")) {
                settings.next();
                assertTrue(settings.getInt(1) >= 200, "six services' pools and the tests need many connections");
                assertTrue(settings.getInt(2) >= 170000, "PostgreSQL 17");
            }
            try (Connection connection = connect(server, "alpha_it");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
                try (ResultSet similarity = statement.executeQuery("SELECT similarity('東京都の共創', '共創') > 0")) {
                    similarity.next();
                    assertTrue(similarity.getBoolean(1), "pg_trgm must see Japanese characters (UTF-8 ctype)");
                }
            }
            server.close();
            assertFalse(Files.exists(dataDirectory), "a temporary cluster is deleted on close");
        }
    }

    @Test
    void createsTheSameDatabaseConcurrentlyWithoutErrors() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(null, 0)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> results = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    String database = "race_" + (i % 2);
                    results.add(pool.submit((Callable<Void>) () -> {
                        server.createDatabaseIfMissing(database);
                        return null;
                    }));
                }
                for (Future<?> result : results) {
                    result.get();
                }
            } finally {
                pool.shutdownNow();
            }
            execute(server, "race_0", "SELECT 1");
            execute(server, "race_1", "SELECT 1");
        }
    }

    @Test
    void keepsDataAcrossRestartsOfAPersistentCluster() throws Exception {
        Path dataDirectory = temporary.resolve("pgdata");
        int port;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            port = server.port();
            server.createDatabaseIfMissing("kept_it");
            execute(server, "kept_it", "CREATE TABLE thing (name text)", "INSERT INTO thing VALUES ('before')");

            server.stop();
            assertFalse(server.isRunning());
            assertThrows(SQLException.class, () -> connect(server, "kept_it").close());

            server.start();
            assertEquals(port, server.port());
            execute(server, "kept_it", "INSERT INTO thing VALUES ('after stop and start')");
            assertEquals(List.of("before", "after stop and start"), names(server, "kept_it"));
        }
        assertTrue(Files.isRegularFile(dataDirectory.resolve("PG_VERSION")), "a given data directory is kept");

        // A new server object, as after the JVM restarted: same directory, same port, same data and password.
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, port)) {
            assertEquals(List.of("before", "after stop and start"), names(server, "kept_it"));
            server.createDatabaseIfMissing("kept_it");
        }
    }

    private static Connection connect(EmbeddedPostgresServer server, String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
    }

    private static void execute(EmbeddedPostgresServer server, String database, String... statements)
            throws SQLException {
        try (Connection connection = connect(server, database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> names(EmbeddedPostgresServer server, String database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = connect(server, database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM thing ORDER BY ctid")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
