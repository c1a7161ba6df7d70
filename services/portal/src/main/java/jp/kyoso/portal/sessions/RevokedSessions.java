package jp.kyoso.portal.sessions;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import jp.kyoso.portal.account.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which sessions have ended before their token expired: tokens of a deactivated account, and tokens carrying an
 * older token version than the account's (a role change, a new password, a reset). A snapshot of the few accounts
 * concerned, refreshed from {@code app_user} every few seconds so every replica sees another's change within that
 * time, and updated at once on the replica that made it. Checking a request is then a map look-up, never a query.
 */
@Singleton
public class RevokedSessions {

    private static final Logger LOG = LoggerFactory.getLogger(RevokedSessions.class);

    private record State(int tokenVersion, boolean disabled) {
    }

    private final TransactionOperations<Connection> transactions;
    private volatile Map<UUID, State> states = new ConcurrentHashMap<>();

    public RevokedSessions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** @param tokenVersion the token's {@code tv} claim; tokens from before versions existed count as 0 */
    public boolean isRevoked(UUID userId, int tokenVersion) {
        State state = states.get(userId);
        return state != null && (state.disabled() || tokenVersion < state.tokenVersion());
    }

    /**
     * The replica that changed the account applies the change without waiting for the next refresh: once the
     * caller's transaction commits (a change that rolls back ends no session), at once outside one.
     */
    public void changed(UserAccount account) {
        State state = new State(account.security().tokenVersion(), account.disabled());
        Optional<? extends TransactionStatus<?>> transaction = transactions.findTransactionStatus();
        if (transaction.isEmpty()) {
            states.put(account.id(), state);
            return;
        }
        transaction.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                states.put(account.id(), state);
            }
        });
    }

    @Scheduled(fixedDelay = "${kyoso.security.session-refresh:5s}", initialDelay = "0s")
    void refresh() {
        try {
            Map<UUID, State> fresh = transactions.executeRead(status -> {
                Map<UUID, State> loaded = new HashMap<>();
                try (PreparedStatement statement = status.getConnection().prepareStatement(
                        "select id, token_version, disabled from app_user where token_version > 0 or disabled");
                     ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        loaded.put(result.getObject(1, UUID.class), new State(result.getInt(2), result.getBoolean(3)));
                    }
                }
                return loaded;
            });
            states = new ConcurrentHashMap<>(fresh);
        } catch (RuntimeException e) {
            // The last snapshot stays in force; the database being away is reported by the health check.
            LOG.warn("Could not refresh the revoked sessions: {}", e.toString());
        }
    }
}
