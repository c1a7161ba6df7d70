package jp.kyoso.portal.mail;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads and writes {@code mail_preference}; a person without a row has Japanese mails and every kind on. */
@Singleton
class MailPreferenceStore {

    private static final String FIND = """
            select u.email, coalesce(p.language, 'ja'), coalesce(p.disabled_kinds, '{}')
            from app_user u left join mail_preference p on p.user_id = u.id where u.id = ?""";
    private static final String SAVE = """
            insert into mail_preference (user_id, language, disabled_kinds, updated_at) values (?, ?, ?, now())
            on conflict (user_id) do update
            set language = excluded.language, disabled_kinds = excluded.disabled_kinds, updated_at = now()""";

    /** What is stored for one person. */
    record Stored(String email, String language, Set<String> disabledKinds) {
    }

    private final TransactionOperations<Connection> transactions;

    MailPreferenceStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    Optional<Stored> find(UUID userId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(FIND)) {
                statement.setObject(1, userId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new Stored(rows.getString(1), rows.getString(2),
                                    MailRecipients.strings(rows.getArray(3))))
                            : Optional.<Stored>empty();
                }
            }
        });
    }

    void save(UUID userId, String language, Set<String> disabledKinds) {
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(SAVE)) {
                statement.setObject(1, userId);
                statement.setString(2, language);
                statement.setArray(3, connection.createArrayOf("text", disabledKinds.toArray()));
                return statement.executeUpdate();
            }
        });
    }
}
