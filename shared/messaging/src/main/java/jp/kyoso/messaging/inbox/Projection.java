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
}
