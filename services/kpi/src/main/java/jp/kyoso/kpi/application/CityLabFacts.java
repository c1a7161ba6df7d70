package jp.kyoso.kpi.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jp.kyoso.kpi.domain.CityLabFact;
import jp.kyoso.kpi.persistence.CityLabFactRepository;

/** Records City Lab facts; runs inside the inbox transaction of the event that produced them. */
@Singleton
public class CityLabFacts {

    private final CityLabFactRepository facts;

    public CityLabFacts(CityLabFactRepository facts) {
        this.facts = facts;
    }

    @Transactional
    public void record(CityLabFact fact) {
        if (!facts.existsById(fact.factId())) {
            facts.save(fact);
        }
    }
}
