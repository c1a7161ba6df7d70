package jp.kyoso.kpi.citylab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import jp.kyoso.kpi.projection.ProjectedFacts;
import jp.kyoso.kpi.shared.MetricCount;

/**
 * The one-statement write of a poll's City Lab facts (what a rebuild runs): every field as the single write stores
 * it, and a fact already there, or twice in the same poll, counted once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CityLabFactBatchIT implements TestPropertyProvider {

    @Inject
    ProjectedFacts facts;

    @Inject
    CityLabFactRepository stored;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("kpi_citylab_batch_it");
    }

    @Test
    void aPollOfFactsIsWrittenAtOnceAndEachCountsOnce() {
        // FY2044 runs April 2044 to March 2045 (Asia/Tokyo); 2045-03-31T15:30Z is already April 1st in Tokyo.
        Instant lastMomentOfFy2044 = Instant.parse("2045-03-31T14:59:59.123456Z");
        Instant firstMomentOfFy2045 = Instant.parse("2045-03-31T15:30:00Z");
        CityLabFact alreadyThere = proposal(lastMomentOfFy2044);
        facts.record(List.of(alreadyThere));

        List<CityLabFact> poll = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            poll.add(proposal(lastMomentOfFy2044.minus(i, ChronoUnit.MINUTES)));
        }
        CityLabFact project = CityLabFact.on(UUID.randomUUID().toString(), "jp.kyoso.citylab.project.started.v1",
                CityLabMetric.PROJECTS_STARTED, "CHALLENGE", LocalDate.of(2045, 4, 1), firstMomentOfFy2045,
                UUID.randomUUID().toString(), UUID.randomUUID().toString());
        poll.add(project);
        poll.add(alreadyThere);
        poll.add(poll.get(0)); // redelivered within the same poll
        facts.record(poll);

        assertEquals(Map.of("PROPOSALS_RECEIVED:ALL", 251L), counts(2044));
        assertEquals(Map.of("PROJECTS_STARTED:CHALLENGE", 1L), counts(2045));
        assertEquals(alreadyThere, stored.findById(alreadyThere.factId()).orElseThrow());
        assertEquals(poll.get(249), stored.findById(poll.get(249).factId()).orElseThrow());
        assertEquals(project, stored.findById(project.factId()).orElseThrow());
    }

    private static CityLabFact proposal(Instant submittedAt) {
        return CityLabFact.at(UUID.randomUUID().toString(), "jp.kyoso.citylab.proposal.submitted.v1",
                CityLabMetric.PROPOSALS_RECEIVED, CityLabFact.ALL, submittedAt, UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
    }

    private Map<String, Long> counts(int fiscalYear) {
        Map<String, Long> counts = new HashMap<>();
        for (MetricCount count : stored.countInYear(fiscalYear)) {
            counts.put(count.metric() + ":" + count.dimension(), count.total());
        }
        return counts;
    }
}
