package jp.kyoso.portal.mail;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Titles of proposals and applications by id, kept from their submission events for the outcome mails. */
@Singleton
class SubjectTitles {

    private static final String REMEMBER = """
            insert into mail_subject_title (subject_id, title) values (?, ?)
            on conflict (subject_id) do update set title = excluded.title""";
    private static final String FIND = "select title from mail_subject_title where subject_id = ?";

    private final TransactionOperations<Connection> transactions;

    SubjectTitles(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    void remember(String subjectId, String title) {
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(REMEMBER)) {
                statement.setString(1, subjectId);
                statement.setString(2, title);
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
