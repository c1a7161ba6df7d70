package jp.kyoso.cocreation.follow;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kyoso.cocreation.meeting.Meeting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily digest: once the Tokyo day is over, every person who follows something that had activity that day gets
 * one digest row for it. Safe to run often and from several instances: a person's digest for a day is written once.
 */
@Singleton
public class DigestService {

    private static final Logger LOG = LoggerFactory.getLogger(DigestService.class);

    private final DigestBuilder builder;
    private final DigestRepository digests;
    private final FollowedActivityRepository activities;
    private final Clock clock;

    public DigestService(DigestBuilder builder, DigestRepository digests, FollowedActivityRepository activities,
                         Clock clock) {
        this.builder = builder;
        this.digests = digests;
        this.activities = activities;
        this.clock = clock;
    }

    /** Builds the digests of yesterday (Tokyo) that do not exist yet; returns how many were written. */
    public int buildDue() {
        LocalDate yesterday = LocalDate.ofInstant(clock.instant(), Meeting.TOKYO).minusDays(1);
        Instant from = yesterday.atStartOfDay(Meeting.TOKYO).toInstant();
        Instant to = yesterday.plusDays(1).atStartOfDay(Meeting.TOKYO).toInstant();
        int written = 0;
        for (String userId : activities.followersWithActivity(from, to)) {
            try {
                written += builder.build(userId, yesterday, from, to) ? 1 : 0;
            } catch (DataAccessException e) {
                // Another instance wrote it at the same moment (unique per person and day), or a transient failure
                // that the next run retries.
                LOG.warn("digest of {} for {} not written: {}", userId, yesterday, e.getMessage());
            }
        }
        return written;
    }

    @Transactional(readOnly = true)
    public Page<Digest> of(String userId, Pageable pageable) {
        return digests.findByUserId(userId, pageable);
    }

    @Transactional(readOnly = true)
    public List<FollowedActivity> entries(Digest digest) {
        return activities.inDigest(digest.id());
    }
}
