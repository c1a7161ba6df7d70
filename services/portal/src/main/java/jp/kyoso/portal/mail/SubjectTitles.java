package jp.kyoso.portal.mail;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;

/** Titles of proposals and applications by id, kept from their submission events for the outcome mails. */
@Singleton
class SubjectTitles {

    // A poll's titles in one statement, one array per column (the inbox writes its rows the same way).
    private static final String REMEMBER = """
            insert into mail_subject_title (subject_id, title)
            select * from unnest(?::text[], ?::text[])
            on conflict (subject_id) do update set title = excluded.title""";
    private static final String FIND = "select title from mail_subject_title where subject_id = ?";

    private final TransactionOperations<Connection> transactions;

    SubjectTitles(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    void remember(String subjectId, String title) {
        rememberAll(Map.of(subjectId, title));
    }

    /** @param titles by subject id: one row per subject, since one statement may not change a row twice */
    void rememberAll(Map<String, String> titles) {
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(REMEMBER)) {
                statement.setArray(1, connection.createArrayOf("text", titles.keySet().toArray()));
                statement.setArray(2, connection.createArrayOf("text", titles.values().toArray()));
                return statement.executeUpdate();
            }
        });
    }

    Optional<String> find(String subjectId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(FIND)) {
                statement.setString(1, subjectId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }
}
