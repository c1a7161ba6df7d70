package jp.kyoso.kpi.projection;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyoso.kpi.citylab.CityLabFact;
import jp.kyoso.kpi.declaration.Declarant;
import jp.kyoso.kpi.declaration.DeclarantGoal;
import jp.kyoso.kpi.declaration.DeclarantReport;
import jp.kyoso.kpi.declaration.DeclarantStatusChange;
import jp.kyoso.kpi.fund.FundFact;
import jp.kyoso.kpi.meeting.MeetingFact;
import jp.kyoso.kpi.partnership.PartnershipFact;
import jp.kyoso.kpi.shared.Jdbc;

/**
 * The one writer of every fact table: however many facts a poll brings (a rebuild's worth), one multi-row statement
 * per table, skipping facts already recorded — or twice in the same poll — so each counts once. Runs inside the
 * caller's transaction.
 */
@Singleton
public class FactInserts {

    private static final Map<Class<?>, FactTable<?>> TABLES = tables(
            FactTable.of(PartnershipFact.class, "partnership_fact", "fact_id"),
            // A completion names no organisation: it takes the one its project started with (a start is always
            // handled first — same project, same partition — and in an earlier statement, being another type).
            FactTable.of(CityLabFact.class, "citylab_fact", "fact_id", Map.of("organisation_id", """
                    coalesce(f.organisation_id, (select s.organisation_id from citylab_fact s
                        where f.metric = 'PROJECTS_COMPLETED' and s.aggregate_id = f.aggregate_id
                        and s.metric = 'PROJECTS_STARTED' limit 1))""")),
            FactTable.of(FundFact.class, "fund_fact", "fact_id"),
            FactTable.of(MeetingFact.class, "meeting_fact", "meeting_id"),
            FactTable.of(Declarant.class, "declaration_declarant", "declaration_id"),
            FactTable.of(DeclarantGoal.class, "declaration_declarant_goal", "id"),
            FactTable.of(DeclarantStatusChange.class, "declaration_status_change", "event_id"),
            FactTable.of(DeclarantReport.class, "declaration_report", "event_id"));

    private final Jdbc jdbc;

    public FactInserts(TransactionOperations<Connection> transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    /** Facts of any kinds, each kind's in the order given (that order breaks ties between status changes). */
    public int insertAbsent(List<? extends Fact> facts) {
        Map<FactTable<?>, List<Fact>> byTable = new LinkedHashMap<>();
        for (Fact fact : facts) {
            FactTable<?> table = TABLES.get(fact.getClass());
            if (table == null) {
                throw new IllegalArgumentException("No table for " + fact.getClass().getName());
            }
            byTable.computeIfAbsent(table, key -> new ArrayList<>()).add(fact);
        }
        int inserted = 0;
        for (Map.Entry<FactTable<?>, List<Fact>> table : byTable.entrySet()) {
            inserted += jdbc.update(table.getKey().insert(), statement -> table.getKey().bind(statement,
                    table.getValue()));
        }
        return inserted;
    }

    private static Map<Class<?>, FactTable<?>> tables(FactTable<?>... tables) {
        Map<Class<?>, FactTable<?>> byType = new LinkedHashMap<>();
        for (FactTable<?> table : tables) {
            byType.put(table.type(), table);
        }
        return Map.copyOf(byType);
    }
}
