package jp.kyoso.kpi.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jp.kyoso.kpi.domain.PartnershipFact;
import jp.kyoso.kpi.persistence.PartnershipFactRepository;

/** Records facts; runs inside the inbox transaction of the event that produced them. */
@Singleton
public class PartnershipFacts {

    private final PartnershipFactRepository facts;

    public PartnershipFacts(PartnershipFactRepository facts) {
        this.facts = facts;
    }

    @Transactional
    public void record(PartnershipFact fact) {
        if (!facts.existsById(fact.factId())) {
            facts.save(fact);
        }
    }
}
