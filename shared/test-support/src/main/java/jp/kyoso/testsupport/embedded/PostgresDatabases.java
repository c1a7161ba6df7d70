package jp.kyoso.testsupport.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates PostgreSQL databases on demand, for the embedded server and for a Testcontainers one alike.
 *
 * <p>Every service and test class asks for "its" database on first use, often from several JVMs and threads at once,
 * so creation is serialised with a server-wide advisory lock rather than relying on catching duplicate errors.
 */
public final class PostgresDatabases {

    /** Plain lower-case identifiers only: no quoting surprises, and the name is the same in SQL, URLs and logs. */
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** An arbitrary but fixed key, so that every process creating databases on one server takes the same lock. */
    private static final long CREATE_DATABASE_LOCK = 0x6b796f736f_4442L;

    private static final String DUPLICATE_DATABASE = "42P04";

    private PostgresDatabases() {
    }

    /**
     * Checks a database name.
     *
     * @param database the name
     * @return the name, if it is a plain lower-case identifier of at most 63 characters
     * @throws IllegalArgumentException otherwise
     */
    public static String requireValidName(String database) {
        if (database == null || !NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Database name must match " + NAME.pattern() + ", got: " + database);
        }
        return database;
    }

    /**
     * Creates a database unless it already exists; safe to call concurrently from many threads and processes.
     *
     * @param maintenanceJdbcUrl a JDBC URL of an existing database on the server (normally {@code postgres})
     * @param username a role allowed to create databases
     * @param password its password
     * @param database the database to create
     */
    public static void createIfMissing(String maintenanceJdbcUrl, String username, String password, String database) {
        requireValidName(database);
        try (Connection connection = DriverManager.getConnection(maintenanceJdbcUrl, username, password)) {
            connection.setAutoCommit(true);
            if (exists(connection, database)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + CREATE_DATABASE_LOCK + ")");
                try {
                    if (!exists(connection, database)) {
                        statement.execute("CREATE DATABASE " + database);
                    }
                } catch (SQLException e) {
                    // Another client that does not use the lock may still have won the race.
                    if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                        throw e;
                    }
                } finally {
                    statement.execute("SELECT pg_advisory_unlock(" + CREATE_DATABASE_LOCK + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " via " + maintenanceJdbcUrl, e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
