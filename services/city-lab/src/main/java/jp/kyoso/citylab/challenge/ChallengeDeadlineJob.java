package jp.kyoso.citylab.challenge;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes published challenges whose proposal deadline has passed, by the injected clock. */
@Singleton
@Requires(property = "kyoso.citylab.deadline-job-enabled", notEquals = "false")
public class ChallengeDeadlineJob {

    private static final Logger LOG = LoggerFactory.getLogger(ChallengeDeadlineJob.class);

    private final ChallengeService challenges;

    public ChallengeDeadlineJob(ChallengeService challenges) {
        this.challenges = challenges;
    }

    @Scheduled(fixedDelay = "${kyoso.citylab.deadline-check-interval:1m}",
            initialDelay = "${kyoso.citylab.deadline-check-initial-delay:10s}")
    void closeExpired() {
        int closed = challenges.closeExpired();
        if (closed > 0) {
            LOG.info("Closed {} challenges whose proposal deadline passed", closed);
        }
    }
}
