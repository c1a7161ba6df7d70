package jp.kyoso.cocreation.timeline;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a poll's timeline entries with one multi-row statement in the caller's transaction, skipping those already
 * there (same organisation and event: the table's unique key). Through the repository it was a read and an insert per
 * entry, so every proposal submitted cost co-creation two statements (bench/RESULTS.md, 2026-12-07, sixth session).
 */
@Singleton
class NewTimelineEntries {

    /** Rows per statement: 9 parameters each stays far below PostgreSQL's 65,535 per statement. */
    private static final int ROWS = 1_000;
    private static final String INSERT = """
            insert into timeline_entry (id, organisation_id, event_id, kind, subject_type, subject_id, title,
                                        public_entry, occurred_at)
            values %s
            on conflict (organisation_id, event_id) do nothing
            returning id""";

    private final TransactionOperations<Connection> transactions;

    NewTimelineEntries(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** @return the entries written, in the order given; an entry given twice is written once */
    List<TimelineEntry> insertAbsent(List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Set<UUID> written = new HashSet<>();
        for (int from = 0; from < entries.size(); from += ROWS) {
            written.addAll(insert(entries.subList(from, Math.min(entries.size(), from + ROWS))));
        }
        return entries.stream().filter(entry -> written.contains(entry.id())).toList();
    }

    private Set<UUID> insert(List<TimelineEntry> rows) {
        String sql = INSERT.formatted(String.join(", ",
                Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(sql)) {
            int parameter = 0;
            for (TimelineEntry entry : rows) {
                statement.setObject(++parameter, entry.id());
                statement.setObject(++parameter, entry.organisationId());
                statement.setString(++parameter, entry.eventId());
                statement.setString(++parameter, entry.kind().name());
                statement.setString(++parameter, entry.subjectType().name());
                statement.setString(++parameter, entry.subjectId());
                statement.setString(++parameter, entry.title());
                statement.setBoolean(++parameter, entry.publicEntry());
                statement.setTimestamp(++parameter, Timestamp.from(entry.occurredAt()));
            }
            Set<UUID> written = new HashSet<>();
            try (ResultSet ids = statement.executeQuery()) {
                while (ids.next()) {
                    written.add(ids.getObject(1, UUID.class));
                }
            }
            return written;
        } catch (SQLException e) {
            throw new DataAccessException("Cannot write " + rows.size() + " timeline entries", e);
        }
    }
}
