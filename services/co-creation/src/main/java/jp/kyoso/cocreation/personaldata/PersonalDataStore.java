package jp.kyoso.cocreation.personaldata;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal data across the tables that keep a person's name or contact, in plain JDBC: the export reads them and
 * the erasure rewrites them in one pass each, which per-table repositories would spread over a dozen methods.
 * Statements join the caller's transaction.
 */
@Singleton
public class PersonalDataStore {

    /** Where a person's user id leaves their name: table, id column, record column, name column, detail, time. */
    private static final List<String[]> TRACES = List.of(
            new String[] {"ISSUE", "issue", "author_id", "id", "author_name", "title", "created_at"},
            new String[] {"ISSUE_COMMENT", "issue_comment", "author_id", "issue_id", "author_name", "body",
                "created_at"},
            new String[] {"ISSUE_ENDORSEMENT", "issue_endorsement", "user_id", "issue_id", "null", "null",
                "endorsed_at"},
            new String[] {"WORKING_GROUP", "working_group_member", "user_id", "working_group_id", "username", "status",
                "requested_at"},
            new String[] {"MEETING_REGISTRATION", "meeting_registration", "user_id", "meeting_id", "username",
                "status", "registered_at"},
            new String[] {"MENTOR_COMMENT", "youth_idea_comment", "mentor_id", "idea_id", "mentor_name", "body",
                "created_at"});

    private final TransactionOperations<Connection> transactions;

    PersonalDataStore(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** The export of one organisation; empty when the organisation does not exist. */
    public Optional<PersonalData> export(UUID organisationId, Instant now) {
        return transactions.executeRead(status -> {
            Connection connection = status.getConnection();
            PersonalData.Contact contact;
            String name;
            try (PreparedStatement statement = connection.prepareStatement(
                    "select name, contact_name, contact_email from organisation where id = ?")) {
                statement.setObject(1, organisationId);
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        return Optional.empty();
                    }
                    name = result.getString(1);
                    contact = new PersonalData.Contact(result.getString(2), result.getString(3));
                }
            }
            return Optional.of(new PersonalData(organisationId, name, now, contact,
                    seedContacts(connection, organisationId), people(connection, organisationId)));
        });
    }

    private static List<PersonalData.SeedContact> seedContacts(Connection connection, UUID organisationId)
            throws SQLException {
        List<PersonalData.SeedContact> seeds = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select id, title, contact_name, contact_email from seed
                 where organisation_id = ? and (contact_name is not null or contact_email is not null)
                 order by published_at""")) {
            statement.setObject(1, organisationId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    seeds.add(new PersonalData.SeedContact(result.getObject(1, UUID.class), result.getString(2),
                            new PersonalData.Contact(result.getString(3), result.getString(4))));
                }
            }
        }
        return seeds;
    }

    private static List<PersonalData.Person> people(Connection connection, UUID organisationId) throws SQLException {
        List<PersonalData.Person> people = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select m.id, m.email, m.role, m.status, m.invited_at, m.joined_at, m.removed_at, m.user_id,
                       m.username, e.erased_at
                  from organisation_member m left join person_erasure e on e.member_id = m.id
                 where m.organisation_id = ? order by m.invited_at, m.id""")) {
            statement.setObject(1, organisationId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String userId = result.getString(8);
                    people.add(new PersonalData.Person(result.getObject(1, UUID.class), result.getString(2),
                            result.getString(3), result.getString(4), instant(result, 5), instant(result, 6),
                            instant(result, 7), userId, result.getString(9), instant(result, 10),
                            userId == null ? List.of() : traces(connection, userId)));
                }
            }
        }
        return people;
    }

    private static List<PersonalData.Trace> traces(Connection connection, String userId) throws SQLException {
        List<PersonalData.Trace> traces = new ArrayList<>();
        for (String[] source : TRACES) {
            String sql = "select " + source[3] + "::text, " + source[4] + ", " + source[5] + ", " + source[6]
                    + " from " + source[1] + " where " + source[2] + " = ? order by " + source[6];
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, userId);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        traces.add(new PersonalData.Trace(source[0], result.getString(1), result.getString(2),
                                result.getString(3), instant(result, 4)));
                    }
                }
            }
        }
        return traces;
    }

    /** The roster entries that are the same person: the same account, or (before joining) the same address. */
    public List<ErasureTarget> samePerson(UUID memberId) {
        return transactions.executeWrite(status -> {
            List<ErasureTarget> targets = new ArrayList<>();
            try (PreparedStatement statement = status.getConnection().prepareStatement("""
                    select m.id, m.organisation_id, m.user_id, m.email from organisation_member m,
                           (select user_id, email from organisation_member where id = ?) person
                     where m.id = ? or m.email = person.email
                        or (person.user_id is not null and m.user_id = person.user_id)
                     order by m.invited_at for update of m""")) {
                statement.setObject(1, memberId);
                statement.setObject(2, memberId);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        targets.add(new ErasureTarget(result.getObject(1, UUID.class),
                                result.getObject(2, UUID.class), result.getString(3), result.getString(4)));
                    }
                }
            }
            return targets;
        });
    }

    /** A roster entry to erase. */
    public record ErasureTarget(UUID memberId, UUID organisationId, String userId, String email) {
    }

    public boolean isErased(UUID memberId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection()
                    .prepareStatement("select 1 from person_erasure where member_id = ?")) {
                statement.setObject(1, memberId);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next();
                }
            }
        });
    }

    /**
     * Replaces the person's name and contact everywhere co-creation keeps them and records the erasure of each of
     * their roster entries. Ids, roles, statuses, dates and texts' existence stay, so nothing counted changes.
     */
    public void erase(List<ErasureTarget> targets, Pseudonym pseudonym, Instant at, String by) {
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            for (ErasureTarget target : targets) {
                update(connection, """
                        update organisation_member set email = ?, username = case when username is null then null
                               else ? end, accept_code_hash = null where id = ?""",
                        pseudonym.email(), pseudonym.name(), target.memberId());
                update(connection, """
                        insert into person_erasure (member_id, organisation_id, user_id, pseudonym, erased_at,
                                                    erased_by)
                        values (?, ?, ?, ?, ?, ?) on conflict (member_id) do nothing""",
                        target.memberId(), target.organisationId(), target.userId(), pseudonym.name(),
                        Timestamp.from(at), by);
                if (target.userId() != null) {
                    for (String[] source : TRACES) {
                        if (!source[4].equals("null")) {
                            update(connection, "update " + source[1] + " set " + source[4] + " = ? where "
                                    + source[2] + " = ?", pseudonym.name(), target.userId());
                        }
                    }
                }
                for (String table : List.of("organisation", "seed")) {
                    update(connection, "update " + table + " set contact_name = ?, contact_email = ?"
                            + " where lower(contact_email) = ?", pseudonym.name(), pseudonym.email(), target.email());
                }
            }
            return null;
        });
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Instant instant(ResultSet result, int column) throws SQLException {
        Timestamp time = result.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }
}
