package jp.kyoso.portal.mail;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The people of an organisation who can be mailed: active accounts with an address, with their preferences. */
@Singleton
class MailRecipients {

    private static final String OF_ORGANISATION = """
            select u.id, u.email, u.organisation_name, coalesce(p.language, 'ja'), u.roles,
                   coalesce(p.disabled_kinds, '{}')
            from app_user u left join mail_preference p on p.user_id = u.id
            where u.organisation_id = ? and not u.disabled and u.email is not null
            order by u.username""";

    private final TransactionOperations<Connection> transactions;

    MailRecipients(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    List<MailRecipient> ofOrganisation(UUID organisationId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(OF_ORGANISATION)) {
                statement.setObject(1, organisationId);
                try (ResultSet rows = statement.executeQuery()) {
                    List<MailRecipient> recipients = new ArrayList<>();
                    while (rows.next()) {
                        recipients.add(new MailRecipient(rows.getObject(1, UUID.class), rows.getString(2),
                                rows.getString(3), rows.getString(4), strings(rows.getArray(5)),
                                strings(rows.getArray(6))));
                    }
                    return recipients;
                }
            }
        });
    }

    static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : Set.of((String[]) array.getArray());
    }
}
