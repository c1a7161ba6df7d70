package jp.kyoso.messaging.inbox;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * State a service builds only from consumed events, and can therefore throw away and rebuild by replaying its
 * topics from the start ({@link InboxConsumer#replayFromStart()}). State users entered must not be a projection.
 */
public interface Projection {

    /** Empties the projection; runs in the transaction that also forgets the consumer's inbox. */
    void reset(Connection connection) throws SQLException;

    /**
     * Runs once a replay has caught up with the ends its topics had when it started, in a transaction of its own,
     * before the replay reports itself done: e.g. builds again the indexes {@link #reset} dropped, so that the
     * replay's writes did not maintain them row by row.
     */
    default void caughtUp(Connection connection) throws SQLException {
    }
}
