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

/** The people who can be mailed (of an organisation, or by id): active accounts with an address, and their choices. */
@Singleton
class MailRecipients {

    private static final String SELECT = """
            select u.id, u.email, u.display_name, u.organisation_name, coalesce(p.language, 'ja'), u.roles,
                   coalesce(p.disabled_kinds, '{}')
            from app_user u left join mail_preference p on p.user_id = u.id
            where not u.disabled and u.email is not null and """;
    private static final String OF_ORGANISATION = SELECT + " u.organisation_id = ? order by u.username";
    private static final String WITH_IDS = SELECT + " u.id = any (?) order by u.username";

    private final TransactionOperations<Connection> transactions;

    MailRecipients(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    List<MailRecipient> ofOrganisation(UUID organisationId) {
        return query(OF_ORGANISATION, organisationId);
    }

    List<MailRecipient> withIds(List<UUID> userIds) {
        return query(WITH_IDS, userIds.toArray(UUID[]::new));
    }

    private List<MailRecipient> query(String sql, Object parameter) {
        return transactions.executeRead(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (parameter instanceof UUID[] ids) {
                    statement.setArray(1, connection.createArrayOf("uuid", ids));
                } else {
                    statement.setObject(1, parameter);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    List<MailRecipient> recipients = new ArrayList<>();
                    while (rows.next()) {
                        recipients.add(new MailRecipient(rows.getObject(1, UUID.class), rows.getString(2),
                                rows.getString(3), rows.getString(4), rows.getString(5), strings(rows.getArray(6)),
                                strings(rows.getArray(7))));
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
