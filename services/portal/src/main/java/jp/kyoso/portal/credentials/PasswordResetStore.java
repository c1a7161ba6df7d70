package jp.kyoso.portal.credentials;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** {@code password_reset}: the hashes of the reset links sent, in the caller's transaction. */
@Singleton
class PasswordResetStore {

    private final TransactionOperations<Connection> transactions;

    PasswordResetStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    void add(String tokenHash, UUID userId, Instant createdAt, Instant expiresAt) {
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "insert into password_reset (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)")) {
                statement.setString(1, tokenHash);
                statement.setObject(2, userId);
                statement.setTimestamp(3, Timestamp.from(createdAt));
                statement.setTimestamp(4, Timestamp.from(expiresAt));
                statement.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Takes the link for good: marks it used (and every other open link of the same account, so an older mail
     * cannot be used after a newer one) if it is unused and unexpired at {@code now}.
     *
     * @return the account it resets, or empty when the link is unknown, used or expired
     */
    Optional<UUID> take(String tokenHash, Instant now) {
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            UUID userId;
            try (PreparedStatement statement = connection.prepareStatement("""
                    update password_reset set used_at = ?
                     where token_hash = ? and used_at is null and expires_at > ? returning user_id""")) {
                statement.setTimestamp(1, Timestamp.from(now));
                statement.setString(2, tokenHash);
                statement.setTimestamp(3, Timestamp.from(now));
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        return Optional.<UUID>empty();
                    }
                    userId = result.getObject(1, UUID.class);
                }
            }
            try (PreparedStatement others = connection.prepareStatement(
                    "update password_reset set used_at = ? where user_id = ? and used_at is null")) {
                others.setTimestamp(1, Timestamp.from(now));
                others.setObject(2, userId);
                others.executeUpdate();
            }
            return Optional.of(userId);
        });
    }
}
