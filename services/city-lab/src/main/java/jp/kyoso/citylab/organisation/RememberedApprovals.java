package jp.kyoso.citylab.organisation;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * "May this organisation propose?", asked on every submission (the busiest write of the platform), answered from
 * memory once the table has said yes. Only a yes is remembered: a newly approved organisation is in the table and
 * found there. A rejection is the only way a yes turns into a no; {@link OrganisationDirectory} forgets the
 * organisation once the rejection has committed, and a generation counter keeps a lookup that read the table before
 * that commit from putting the old yes back. Another City Lab instance (one consumer group per service: only one
 * instance handles each event) still believes its remembered yes for at most {@code time-to-live}.
 */
final class RememberedApprovals {

    // Far above any real number of member organisations; only a bound against unbounded growth.
    private static final int MAX_REMEMBERED = 100_000;

    private final Predicate<UUID> listed;
    private final long timeToLiveNanos;
    private final Map<UUID, Long> approvedAt = new ConcurrentHashMap<>();
    private long generation;  // guarded by this

    /** @param listed asks the replica table whether the organisation is in it */
    RememberedApprovals(Predicate<UUID> listed, Duration timeToLive) {
        this.listed = listed;
        this.timeToLiveNanos = timeToLive.toNanos();
    }

    /** @return whether co-creation approved the organisation (and did not reject it since) */
    boolean isApproved(UUID organisation) {
        Long since = approvedAt.get(organisation);
        if (since != null && System.nanoTime() - since < timeToLiveNanos) {
            return true;
        }
        long before = generation();
        boolean approved = listed.test(organisation);
        if (approved) {
            remember(organisation, before);
        }
        return approved;
    }

    /** After an approval committed: the next submission need not ask the table. */
    void approved(UUID organisation) {
        remember(organisation, generation());
    }

    /** After a rejection committed: forgotten, and no lookup that started before is remembered either. */
    synchronized void rejected(UUID organisation) {
        generation++;
        approvedAt.remove(organisation);
    }

    private synchronized long generation() {
        return generation;
    }

    private synchronized void remember(UUID organisation, long generationBefore) {
        if (generation != generationBefore) {
            return;
        }
        if (approvedAt.size() >= MAX_REMEMBERED) {
            approvedAt.clear();
        }
        approvedAt.put(organisation, System.nanoTime());
    }
}
