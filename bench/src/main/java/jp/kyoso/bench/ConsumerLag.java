package jp.kyoso.bench;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kyoso.local.launcher.LocalPlatform;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.ConsumerGroupState;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the services' consumer groups are behind the topics they read. A measurement starts once they have caught
 * up: on 2 cores, services still working off the previous measurement's events would be timed with it, and its
 * baseline, run after it, would not be side by side.
 */
final class ConsumerLag {

    private static final Set<ConsumerGroupState> IDLE = Set.of(ConsumerGroupState.EMPTY, ConsumerGroupState.DEAD);

    private ConsumerLag() {
    }

    /**
     * Waits until every active group but {@code excluded} has read every partition it reads to its end.
     *
     * @param what printed with the seconds waited
     */
    static void awaitCaughtUp(LocalPlatform platform, Set<String> excluded, String what) throws Exception {
        long started = System.nanoTime();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafka().bootstrapServers()))) {
            await().atMost(Duration.ofMinutes(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                    .until(() -> lag(admin, excluded) == 0);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (seconds >= 1) {
            System.out.printf(Locale.ROOT, "  the services' consumers caught up %s in %.0f s%n", what, seconds);
        }
    }

    private static long lag(Admin admin, Set<String> excluded) throws Exception {
        long lag = 0;
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            // A group with no member (a stopped service, e.g. kpi while a topic is filled) will not move.
            if (excluded.contains(group.groupId()) || group.state().map(IDLE::contains).orElse(false)) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get();
            // The services read committed records only, so their end is the last stable offset.
            Map<TopicPartition, ListOffsetsResultInfo> end = admin.listOffsets(committed.keySet().stream()
                            .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest())),
                    new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
            for (Map.Entry<TopicPartition, OffsetAndMetadata> partition : committed.entrySet()) {
                if (partition.getValue() != null) {
                    lag += Math.max(0, end.get(partition.getKey()).offset() - partition.getValue().offset());
                }
            }
        }
        return lag;
    }
}
