package jp.kyoso.declarations.report;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Remembers, in the caller's transaction, which report-due reminders were raised: one per declaration and year. */
@Singleton
class ReportDueReminders {

    private static final String CLAIM = """
            insert into report_due_reminder (declaration_id, report_fiscal_year, raised_at) values (?, ?, ?)
            on conflict do nothing""";

    private final TransactionOperations<Connection> transactions;

    ReportDueReminders(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** @return true the first time for this declaration and fiscal year */
    boolean claim(UUID declarationId, int reportFiscalYear, Instant at) {
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(CLAIM)) {
            statement.setObject(1, declarationId);
            statement.setInt(2, reportFiscalYear);
            statement.setTimestamp(3, Timestamp.from(at));
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new DataAccessException("Cannot record the report-due reminder of " + declarationId, e);
        }
    }
}
