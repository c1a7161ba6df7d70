package jp.kyoso.kpi.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import jp.kyoso.kpi.domain.CityLabFact;
import jp.kyoso.kpi.persistence.CityLabFactInserts;

/**
 * Records City Lab facts; runs inside the inbox transaction of the events that produced them. A fact already there
 * (same event, same metric) is left as it is, so each counts once.
 */
@Singleton
public class CityLabFacts {

    private final CityLabFactInserts facts;

    public CityLabFacts(CityLabFactInserts facts) {
        this.facts = facts;
    }

    @Transactional
    public void record(CityLabFact fact) {
        facts.insertAbsent(List.of(fact));
    }

    /** Many facts with one statement, e.g. a poll's worth during a rebuild. */
    @Transactional
    public void recordAll(List<CityLabFact> all) {
        facts.insertAbsent(all);
    }
}
