package jp.kyoso.cocreation.follow;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Runs the digest every quarter of an hour; only the first run after midnight in Tokyo finds work, the others find
 * the day's digests written. Disable with {@code kyoso.cocreation.digest.enabled=false} (tests drive it directly).
 */
@Singleton
@Requires(property = "kyoso.cocreation.digest.enabled", notEquals = "false")
public class DailyDigestJob {

    private final DigestService digests;

    public DailyDigestJob(DigestService digests) {
        this.digests = digests;
    }

    @Scheduled(fixedDelay = "${kyoso.cocreation.digest.interval:15m}", initialDelay = "1m")
    void run() {
        digests.buildDue();
    }
}
