package jp.kyoso.kpi.plan;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.kyoso.kpi.shared.Jdbc;

/** Observations of plan indicators; rows are inserted and their decision columns updated, never deleted. */
@Singleton
public class ObservationStore {

    private static final String COLUMNS = "id, indicator_id, period, period_end, number, text, unit, comment, state, "
            + "submitted_by, submitted_at, decided_by, decided_at, reason, superseded_by";

    private final Jdbc jdbc;

    public ObservationStore(TransactionOperations<Connection> transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    public void insert(Observation observation) {
        jdbc.update("insert into plan_observation (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    SheetValue value = observation.value();
                    statement.setObject(1, observation.id());
                    statement.setObject(2, observation.indicatorId());
                    statement.setString(3, value.period());
                    statement.setDate(4, Date.valueOf(observation.periodEnd()));
                    statement.setBigDecimal(5, value.number());
                    statement.setString(6, value.text());
                    statement.setString(7, value.unit());
                    statement.setString(8, observation.comment());
                    statement.setString(9, observation.state().name());
                    statement.setString(10, observation.submittedBy());
                    statement.setTimestamp(11, Timestamp.from(observation.submittedAt()));
                    statement.setString(12, observation.decidedBy());
                    statement.setTimestamp(13, timestamp(observation.decidedAt()));
                    statement.setString(14, observation.reason());
                    statement.setObject(15, observation.supersededBy());
                });
    }

    /** Writes a decision: state, who, when, reason and the superseding correction. */
    public void updateDecision(Observation observation) {
        jdbc.update("""
                update plan_observation set state = ?, decided_by = ?, decided_at = ?, reason = ?, superseded_by = ?
                where id = ?""", statement -> {
                    statement.setString(1, observation.state().name());
                    statement.setString(2, observation.decidedBy());
                    statement.setTimestamp(3, timestamp(observation.decidedAt()));
                    statement.setString(4, observation.reason());
                    statement.setObject(5, observation.supersededBy());
                    statement.setObject(6, observation.id());
                });
    }

    public Optional<Observation> find(UUID indicatorId, UUID id) {
        return jdbc.query("select " + COLUMNS + " from plan_observation where indicator_id = ? and id = ?",
                statement -> {
                    statement.setObject(1, indicatorId);
                    statement.setObject(2, id);
                }, ObservationStore::observation, true).stream().findFirst();
    }

    /** Every observation of the indicator, oldest period first, then in the order they were submitted. */
    public List<Observation> history(UUID indicatorId) {
        return jdbc.query("select " + COLUMNS + " from plan_observation where indicator_id = ?"
                        + " order by period_end, submitted_at", statement -> statement.setObject(1, indicatorId),
                ObservationStore::observation);
    }

    /**
     * The approved values of every indicator of a plan, oldest period first: the points of each indicator's trend.
     * Superseded and rejected values are history of the reporting, not of the indicator, so they are left out.
     */
    public Map<UUID, List<SheetValue>> approvedValues(String planCode) {
        return jdbc.query("""
                        select o.indicator_id, o.period, o.number, o.text, o.unit from plan_observation o
                        join plan_indicator i on i.id = o.indicator_id
                        where i.plan_code = ? and o.state = 'APPROVED' order by o.period_end, o.decided_at""",
                statement -> statement.setString(1, planCode),
                result -> Map.entry(result.getObject("indicator_id", UUID.class),
                        new SheetValue(result.getString("period"), result.getBigDecimal("number"),
                                result.getString("text"), result.getString("unit"), List.of())))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Observation observation(ResultSet result) throws SQLException {
        Timestamp decided = result.getTimestamp("decided_at");
        return new Observation(result.getObject("id", UUID.class), result.getObject("indicator_id", UUID.class),
                new SheetValue(result.getString("period"), result.getBigDecimal("number"), result.getString("text"),
                        result.getString("unit"), List.of()),
                result.getDate("period_end").toLocalDate(), result.getString("comment"),
                ObservationState.valueOf(result.getString("state")), result.getString("submitted_by"),
                result.getTimestamp("submitted_at").toInstant(), result.getString("decided_by"),
                decided == null ? null : decided.toInstant(), result.getString("reason"),
                result.getObject("superseded_by", UUID.class));
    }
}
