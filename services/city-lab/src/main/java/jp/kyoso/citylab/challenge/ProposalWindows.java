package jp.kyoso.citylab.challenge;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads whether a challenge takes proposals with one plain prepared statement in the caller's transaction. Every
 * submission asks, and through Micronaut Data the two-column read cost more than the proposal's insert: for a record
 * result it builds the record's persistent entity anew on every call (bench/RESULTS.md, 2026-12-07, sixth session).
 */
@Singleton
public class ProposalWindows {

    private static final String SELECT = "select status, deadline from challenge where id = ?";

    private final TransactionOperations<Connection> transactions;

    ProposalWindows(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** @return the challenge's status and deadline, empty when there is no such challenge */
    public Optional<ProposalWindow> of(UUID challengeId) {
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(SELECT)) {
            statement.setObject(1, challengeId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Timestamp deadline = row.getTimestamp(2);
                return Optional.of(new ProposalWindow(ChallengeStatus.valueOf(row.getString(1)),
                        deadline == null ? null : deadline.toInstant()));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Cannot read challenge " + challengeId, e);
        }
    }
}
