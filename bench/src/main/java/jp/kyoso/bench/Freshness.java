package jp.kyoso.bench;

import static org.awaitility.Awaitility.await;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyoso.local.launcher.LocalPlatform;
import jp.kyoso.local.load.ProposalLoad;

/**
 * From the 201 of a proposal to the KPI counting it, at a fixed rate. The moment kpi counted a proposal is when its
 * inbox transaction ran ({@code inbox_event.received_at}, the transaction's start, a millisecond or two before its
 * commit makes the figure visible); both clocks are this machine's. The KPI's public answer is checked at the end.
 */
final class Freshness {

    private final LocalPlatform platform;
    private final ProposalLoad load;

    Freshness(LocalPlatform platform, ProposalLoad load) {
        this.platform = platform;
        this.load = load;
    }

    /** @return latencies in milliseconds, one per accepted proposal */
    List<Double> run(int perSecond, Duration duration) throws SQLException {
        long before = load.proposalsReceived();
        List<ProposalLoad.Submitted> answers = load.atRate(perSecond, duration, Map.of());
        List<ProposalLoad.Submitted> accepted = answers.stream().filter(ProposalLoad.Submitted::accepted).toList();
        if (accepted.size() < answers.size()) {
            System.out.printf("  (%d of %d proposals refused, by status: %s)%n", answers.size() - accepted.size(),
                    answers.size(), answers.stream().filter(answer -> !answer.accepted()).collect(
                            java.util.stream.Collectors.groupingBy(ProposalLoad.Submitted::status,
                                    java.util.stream.Collectors.counting())));
            load.lastFailure().ifPresent(failure -> System.out.println("  last failure: " + failure));
        }
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(load::proposalsReceived, received -> received >= before + accepted.size());
        Map<String, Long> counted = countedAt(accepted.stream().map(ProposalLoad.Submitted::proposalId).toList());
        List<Double> latencies = new ArrayList<>();
        for (ProposalLoad.Submitted answer : accepted) {
            Long at = counted.get(answer.proposalId());
            if (at == null) {
                throw new IllegalStateException("Proposal " + answer.proposalId() + " is not in the KPI");
            }
            // Counted before the client saw the 201 (the answer was still on its way): no staleness at all.
            latencies.add(Math.max(0, (at - toMicros(answer.answeredAt())) / 1000.0));
        }
        return latencies;
    }

    private Map<String, Long> countedAt(List<String> proposalIds) throws SQLException {
        Map<String, Long> counted = new HashMap<>();
        try (Connection kpi = new Db(platform, "kpi").connect();
             PreparedStatement query = kpi.prepareStatement("""
                     select f.aggregate_id, (extract(epoch from i.received_at) * 1000000)::bigint
                     from citylab_fact f join inbox_event i on i.event_id = f.event_id and i.consumer = 'kpi'
                     where f.metric = 'PROPOSALS_RECEIVED' and f.aggregate_id = any(?)""")) {
            Array ids = kpi.createArrayOf("text", proposalIds.toArray());
            query.setArray(1, ids);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    counted.put(result.getString(1), result.getLong(2));
                }
            }
        }
        return counted;
    }

    private static long toMicros(java.time.Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
    }
}
