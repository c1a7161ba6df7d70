package jp.kyoso.kpi.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jp.kyoso.kpi.domain.FundFact;
import jp.kyoso.kpi.persistence.FundFactRepository;

/** Records fund facts; runs inside the inbox transaction of the event that produced them. */
@Singleton
public class FundFacts {

    private final FundFactRepository facts;

    public FundFacts(FundFactRepository facts) {
        this.facts = facts;
    }

    @Transactional
    public void record(FundFact fact) {
        if (!facts.existsById(fact.factId())) {
            facts.save(fact);
        }
    }
}
