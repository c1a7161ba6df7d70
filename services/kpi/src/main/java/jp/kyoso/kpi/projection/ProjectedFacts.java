package jp.kyoso.kpi.projection;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Records the facts of every programme; runs inside the inbox transaction of the events that produced them. A fact
 * already there (same event-derived key) is left as it is, so each counts once.
 */
@Singleton
public class ProjectedFacts implements FactRecorder {

    private final FactInserts inserts;

    public ProjectedFacts(FactInserts inserts) {
        this.inserts = inserts;
    }

    @Override
    @Transactional
    public void record(List<? extends Fact> facts) {
        inserts.insertAbsent(facts);
    }
}
