package jp.kyoso.portal.credentials;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * The sign-in throttle on {@code login_failure}: one row per failure, so every replica counts the same failures.
 * Five failures per username in fifteen minutes by default ({@code kyoso.security.login-throttle.*}).
 */
@Singleton
class JdbcLoginThrottle implements LoginThrottle {

    private final TransactionOperations<Connection> transactions;
    private final int maxFailures;
    private final Duration window;

    JdbcLoginThrottle(TransactionOperations<Connection> transactions,
                      @Value("${kyoso.security.login-throttle.max-failures:5}") int maxFailures,
                      @Value("${kyoso.security.login-throttle.window:15m}") Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("maxFailures >= 1 and a positive window are required");
        }
        this.transactions = transactions;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Override
    public boolean isLocked(String username, Instant now) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "select count(*) from login_failure where username = ? and failed_at > ?")) {
                statement.setString(1, username);
                statement.setTimestamp(2, Timestamp.from(now.minus(window)));
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1) >= maxFailures;
                }
            }
        });
    }

    @Override
    public void failed(String username, Instant now) {
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            // Failures that left the window count for nothing; pruning them here keeps the table small.
            try (PreparedStatement prune = connection.prepareStatement(
                    "delete from login_failure where username = ? and failed_at <= ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into login_failure (username, failed_at) values (?, ?)")) {
                prune.setString(1, username);
                prune.setTimestamp(2, Timestamp.from(now.minus(window)));
                prune.executeUpdate();
                insert.setString(1, username);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void succeeded(String username) {
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "delete from login_failure where username = ?")) {
                statement.setString(1, username);
                statement.executeUpdate();
            }
            return null;
        });
    }
}
