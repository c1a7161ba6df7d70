package jp.kyoso.portal.sso;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The links between identity-provider accounts and kyoso accounts, and the single-use codes, in plain JDBC. Both
 * live in PostgreSQL so that the redirect and the exchange may reach different portal replicas.
 */
@Singleton
class SsoLinks {

    private final TransactionOperations<Connection> transactions;

    SsoLinks(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    Optional<UUID> linkedAccount(String issuer, String subject, Instant now) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "update sso_link set last_sign_in_at = ? where issuer = ? and subject = ? returning user_id")) {
                statement.setTimestamp(1, Timestamp.from(now));
                statement.setString(2, issuer);
                statement.setString(3, subject);
                return firstId(statement);
            }
        });
    }

    /** @return false when the person was linked meanwhile (a second sign-in racing the first); nothing changes then */
    boolean link(String issuer, String subject, UUID accountId, Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into sso_link (issuer, subject, user_id) values (?, ?, ?) on conflict do nothing")) {
            statement.setString(1, issuer);
            statement.setString(2, subject);
            statement.setObject(3, accountId);
            return statement.executeUpdate() == 1;
        }
    }

    void storeCode(String codeHash, UUID accountId, Instant expiresAt, Instant now) {
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            // Codes nobody exchanged go with the next sign-in; there are never more than a few minutes' worth.
            try (PreparedStatement prune = connection.prepareStatement("delete from sso_code where expires_at <= ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into sso_code (code_hash, user_id, expires_at) values (?, ?, ?)")) {
                prune.setTimestamp(1, Timestamp.from(now));
                prune.executeUpdate();
                insert.setString(1, codeHash);
                insert.setObject(2, accountId);
                insert.setTimestamp(3, Timestamp.from(expiresAt));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Deletes the code and answers its account if it had not expired: one statement, so it is used once only. */
    Optional<UUID> takeCode(String codeHash, Instant now) {
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "delete from sso_code where code_hash = ? returning user_id, expires_at > ? as valid")) {
                statement.setString(1, codeHash);
                statement.setTimestamp(2, Timestamp.from(now));
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() && rows.getBoolean("valid")
                            ? Optional.of(rows.getObject("user_id", UUID.class)) : Optional.<UUID>empty();
                }
            }
        });
    }

    private static Optional<UUID> firstId(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
        }
    }
}
