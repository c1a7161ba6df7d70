package jp.kyoso.cocreation.follow;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.cocreation.DigestCompiled;
import jp.kyoso.messaging.outbox.Outbox;

/**
 * Builds one person's digest for one day, in its own transaction, so one person's failure does not stop the rest;
 * announces it ({@link DigestCompiled}) in the same transaction.
 */
@Singleton
public class DigestBuilder {

    private final DigestRepository digests;
    private final DigestEntryRepository entries;
    private final FollowedActivityRepository activities;
    private final Outbox outbox;
    private final Clock clock;

    public DigestBuilder(DigestRepository digests, DigestEntryRepository entries, FollowedActivityRepository activities,
                         Outbox outbox, Clock clock) {
        this.digests = digests;
        this.entries = entries;
        this.activities = activities;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Returns whether a digest was written: none when it exists already or nothing followed happened. */
    @Transactional
    public boolean build(String userId, LocalDate day, Instant from, Instant to) {
        if (digests.existsByUserIdAndDigestDate(userId, day)) {
            return false;
        }
        List<FollowedActivity> followed = activities.followedBy(userId, from, to);
        if (followed.isEmpty()) {
            return false;
        }
        Digest digest = digests.save(new Digest(UUID.randomUUID(), userId, day, followed.size(), clock.instant()));
        followed.forEach(activity -> entries.save(new DigestEntry(UUID.randomUUID(), digest.id(), activity.id())));
        // For the mail (the portal holds the person's address and choices): written with the digest, or not at all.
        outbox.append(new DigestCompiled(digest.id().toString(), userId, day, followed.stream()
                .map(activity -> new DigestCompiled.Entry(activity.kind().name(), activity.title(),
                        activity.occurredAt()))
                .toList(), digest.createdAt()));
        return true;
    }
}
