package jp.kyoso.citylab.proposal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * Inserts a new proposal as one plain prepared statement in the caller's transaction, as the outbox writes its row.
 * Submitting is the platform's busiest write, and Micronaut Data's generic insert (binding the entity's 21 properties
 * through its introspection) cost City Lab more CPU than the driver itself; every other change of a proposal still goes
 * through {@link ProposalRepository}.
 */
@Singleton
class SubmittedProposals {

    private static final String INSERT = """
            insert into proposal (id, challenge_id, organisation_id, submitted_by, title, summary, approach, team,
                                  sdg_targets, expected_outcome, cost_estimate_yen, period_from, period_to, status,
                                  submitted_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    private final TransactionOperations<Connection> transactions;

    SubmittedProposals(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * @param proposal a just-submitted proposal (no decision, no project yet)
     * @return the proposal as stored, at its first version
     * @throws DataAccessException when PostgreSQL refuses the row, e.g. a second active proposal
     */
    Proposal insert(Proposal proposal) {
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(INSERT)) {
            statement.setObject(1, proposal.id());
            statement.setObject(2, proposal.challengeId());
            statement.setObject(3, proposal.organisationId());
            statement.setString(4, proposal.submittedBy());
            statement.setString(5, proposal.title());
            statement.setString(6, proposal.summary());
            statement.setString(7, proposal.approach());
            statement.setString(8, proposal.team());
            statement.setString(9, proposal.sdgTargets());
            statement.setString(10, proposal.expectedOutcome());
            statement.setLong(11, proposal.costEstimateYen());
            statement.setObject(12, proposal.periodFrom());
            statement.setObject(13, proposal.periodTo());
            statement.setString(14, proposal.status().name());
            statement.setTimestamp(15, Timestamp.from(proposal.submittedAt()));
            statement.setTimestamp(16, Timestamp.from(proposal.updatedAt()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("Cannot insert proposal " + proposal.id(), e);
        }
        return proposal.firstVersion();
    }
}
