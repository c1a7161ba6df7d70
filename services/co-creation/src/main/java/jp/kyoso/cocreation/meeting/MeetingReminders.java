package jp.kyoso.cocreation.meeting;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.cocreation.MeetingReminderDue;
import jp.kyoso.messaging.outbox.Outbox;

/**
 * A day before a scheduled meeting starts, raises {@link MeetingReminderDue} with the people registered for it (the
 * portal mails them: it holds their addresses and choices). One reminder per meeting: the {@code meeting_reminder}
 * row and the event commit together, and a second instance or run finds the row.
 */
@Singleton
public class MeetingReminders {

    /** How long before the start people are reminded. */
    public static final Duration AHEAD = Duration.ofHours(24);
    private static final String DUE = """
            select m.id, m.title, m.starts_at, m.ends_at, m.place, m.online_url from meeting m
            where m.status = 'SCHEDULED' and m.starts_at > ? and m.starts_at <= ?
              and not exists (select 1 from meeting_reminder r where r.meeting_id = m.id)
            order by m.starts_at""";
    private static final String CLAIM = """
            insert into meeting_reminder (meeting_id, raised_at) values (?, ?) on conflict (meeting_id) do nothing""";
    private static final String REGISTERED = """
            select user_id from meeting_registration where meeting_id = ? and status = 'REGISTERED' order by seq""";

    private final TransactionOperations<Connection> transactions;
    private final Outbox outbox;
    private final Clock clock;

    public MeetingReminders(TransactionOperations<Connection> transactions, Outbox outbox, Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return how many meetings were reminded of now */
    public int remindDue() {
        Instant now = clock.instant();
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            int raised = 0;
            for (MeetingReminderDue due : due(connection, now)) {
                if (claim(connection, UUID.fromString(due.meetingId()), now)) {
                    outbox.append(due);
                    raised++;
                }
            }
            return raised;
        });
    }

    private List<MeetingReminderDue> due(Connection connection, Instant now) throws SQLException {
        List<MeetingReminderDue> due = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(DUE)) {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setTimestamp(2, Timestamp.from(now.plus(AHEAD)));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    UUID meeting = rows.getObject(1, UUID.class);
                    due.add(new MeetingReminderDue(meeting.toString(), rows.getString(2),
                            rows.getTimestamp(3).toInstant(), rows.getTimestamp(4).toInstant(), rows.getString(5),
                            rows.getString(6), registered(connection, meeting), now));
                }
            }
        }
        return due;
    }

    private static List<String> registered(Connection connection, UUID meeting) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REGISTERED)) {
            statement.setObject(1, meeting);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> users = new ArrayList<>();
                while (rows.next()) {
                    users.add(rows.getString(1));
                }
                return users;
            }
        }
    }

    private static boolean claim(Connection connection, UUID meeting, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setObject(1, meeting);
            statement.setTimestamp(2, Timestamp.from(now));
            return statement.executeUpdate() == 1;
        }
    }

    /** The schedule; off with {@code kyoso.cocreation.meeting-reminders.enabled=false} (tests call the bean). */
    @Singleton
    @Requires(property = "kyoso.cocreation.meeting-reminders.enabled", notEquals = "false")
    static class Job {

        private final MeetingReminders reminders;

        Job(MeetingReminders reminders) {
            this.reminders = reminders;
        }

        @Scheduled(fixedDelay = "${kyoso.cocreation.meeting-reminders.interval:15m}", initialDelay = "1m")
        void run() {
            reminders.remindDue();
        }
    }
}
