package jp.kyoso.kpi.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import jp.kyoso.kpi.domain.Declarant;
import jp.kyoso.kpi.domain.DeclarantGoal;
import jp.kyoso.kpi.domain.DeclarantReport;
import jp.kyoso.kpi.domain.DeclarantStatusChange;
import jp.kyoso.kpi.persistence.DeclarantGoalRepository;
import jp.kyoso.kpi.persistence.DeclarantReportRepository;
import jp.kyoso.kpi.persistence.DeclarantRepository;
import jp.kyoso.kpi.persistence.DeclarantStatusChangeRepository;

/**
 * Records what the declaration registry's events say; runs inside the inbox transaction. Every row is keyed by its
 * event (or declaration and goal), so recording the same thing twice stores it once.
 */
@Singleton
public class DeclarationFacts {

    private final DeclarantRepository declarants;
    private final DeclarantGoalRepository goals;
    private final DeclarantStatusChangeRepository changes;
    private final DeclarantReportRepository reports;

    public DeclarationFacts(DeclarantRepository declarants, DeclarantGoalRepository goals,
                            DeclarantStatusChangeRepository changes, DeclarantReportRepository reports) {
        this.declarants = declarants;
        this.goals = goals;
        this.changes = changes;
        this.reports = reports;
    }

    @Transactional
    public void registered(Declarant declarant, List<Integer> declaredGoals, DeclarantStatusChange change) {
        if (!declarants.existsById(declarant.declarationId())) {
            declarants.save(declarant);
        }
        for (Integer goal : declaredGoals) {
            DeclarantGoal row = DeclarantGoal.of(declarant.declarationId(), goal);
            if (!goals.existsById(row.id())) {
                goals.save(row);
            }
        }
        changed(change);
    }

    @Transactional
    public void changed(DeclarantStatusChange change) {
        if (!changes.existsById(change.eventId())) {
            changes.save(change);
        }
    }

    @Transactional
    public void reported(DeclarantReport report) {
        if (!reports.existsById(report.eventId())) {
            reports.save(report);
        }
    }
}
