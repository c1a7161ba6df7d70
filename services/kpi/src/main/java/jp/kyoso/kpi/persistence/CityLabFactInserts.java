package jp.kyoso.kpi.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import jp.kyoso.kpi.domain.CityLabFact;

/**
 * Writes City Lab facts with one statement however many there are (a poll's worth during a rebuild), skipping those
 * already recorded; runs inside the caller's transaction.
 */
@Singleton
public class CityLabFactInserts {

    private static final String INSERT_ALL = """
            insert into citylab_fact (fact_id, event_id, metric, dimension, fiscal_year, occurred_at, aggregate_id,
                                      event_type, organisation_id)
            select f.fact_id, f.event_id, f.metric, f.dimension, f.fiscal_year, f.occurred_at::timestamptz,
                   f.aggregate_id, f.event_type, coalesce(f.organisation_id, (
                       select s.organisation_id from citylab_fact s
                       where f.metric = 'PROJECTS_COMPLETED' and s.aggregate_id = f.aggregate_id
                         and s.metric = 'PROJECTS_STARTED' limit 1))
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[],
                        ?::text[])
                 as f(fact_id, event_id, metric, dimension, fiscal_year, occurred_at, aggregate_id, event_type,
                      organisation_id)
            on conflict (fact_id) do nothing""";

    private final Jdbc jdbc;

    public CityLabFactInserts(TransactionOperations<Connection> transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** @return how many were new */
    public int insertAbsent(List<CityLabFact> facts) {
        if (facts.isEmpty()) {
            return 0;
        }
        return jdbc.update(INSERT_ALL, statement -> {
            statement.setArray(1, Jdbc.texts(statement, facts.stream().map(CityLabFact::factId).toList()));
            statement.setArray(2, Jdbc.texts(statement, facts.stream().map(CityLabFact::eventId).toList()));
            statement.setArray(3, Jdbc.texts(statement, facts.stream().map(fact -> fact.metric().name()).toList()));
            statement.setArray(4, Jdbc.texts(statement, facts.stream().map(CityLabFact::dimension).toList()));
            statement.setArray(5, statement.getConnection().createArrayOf("int4",
                    facts.stream().map(CityLabFact::fiscalYear).toArray()));
            // ISO-8601 text with its offset: exact and read back as the same instant by PostgreSQL.
            statement.setArray(6, Jdbc.texts(statement, facts.stream()
                    .map(fact -> fact.occurredAt().toString()).toList()));
            statement.setArray(7, Jdbc.texts(statement, facts.stream().map(CityLabFact::aggregateId).toList()));
            statement.setArray(8, Jdbc.texts(statement, facts.stream().map(CityLabFact::eventType).toList()));
            statement.setArray(9, Jdbc.texts(statement, facts.stream().map(CityLabFact::organisationId).toList()));
        });
    }
}
