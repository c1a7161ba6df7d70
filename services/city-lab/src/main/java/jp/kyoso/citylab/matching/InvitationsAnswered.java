package jp.kyoso.citylab.matching;

import io.micronaut.data.exceptions.DataAccessException;
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
 * Concludes the invitation a proposal answers with one plain statement in the submission's transaction. Every
 * submission asks whether its organisation was invited, and almost none was: through the repository that was a read
 * with Micronaut Data's mapping and, when found, an update, on the platform's busiest write
 * (bench/RESULTS.md, 2026-12-08, seventh session). Only an invitation still open is concluded, as
 * {@link Invitation#proposed} requires.
 */
@Singleton
class InvitationsAnswered {

    private static final String CONCLUDE = """
            update invitation set status = 'PROPOSED', proposal_id = ?, concluded_at = ?
            where challenge_id = ? and organisation_id = ? and status = 'SENT'
            returning id""";

    private final TransactionOperations<Connection> transactions;

    InvitationsAnswered(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** @return the invitation concluded, empty when the organisation had none open for the challenge */
    Optional<UUID> conclude(UUID challengeId, UUID organisationId, UUID proposalId, Instant at) {
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(CONCLUDE)) {
            statement.setObject(1, proposalId);
            statement.setTimestamp(2, Timestamp.from(at));
            statement.setObject(3, challengeId);
            statement.setObject(4, organisationId);
            try (ResultSet concluded = statement.executeQuery()) {
                return concluded.next() ? Optional.of(concluded.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("Cannot conclude the invitation to challenge " + challengeId, e);
        }
    }
}
