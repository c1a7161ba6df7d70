package jp.kyoso.portal.mail;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

/**
 * Accounts of an organisation with mail addresses, written straight into the portal's user store; ids as
 * {@code TestTokens} derives them from the username, so a test token names the same person.
 */
final class PeopleMother {

    private static final String INSERT = """
            insert into app_user (id, username, password_hash, display_name, organisation_id, organisation_name, roles,
                                  email, disabled)
            values (?, ?, 'pbkdf2-sha256$1$c2FsdA$aGFzaA', ?, ?, ?, ?, ?, ?)""";

    private final TransactionOperations<Connection> transactions;

    PeopleMother(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    static UUID idOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes());
    }

    void person(String username, UUID organisationId, String organisationName, String email, boolean disabled,
                String... roles) {
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                statement.setObject(1, idOf(username));
                statement.setString(2, username);
                statement.setString(3, username + "さん");
                statement.setObject(4, organisationId);
                statement.setString(5, organisationName);
                statement.setArray(6, connection.createArrayOf("text", roles));
                statement.setString(7, email);
                statement.setBoolean(8, disabled);
                return statement.executeUpdate();
            }
        });
    }
}
