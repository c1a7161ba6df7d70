package jp.kyoso.citylab.discovery;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;
import jp.kyoso.citylab.challenge.ChallengeStatus;
import jp.kyoso.web.search.SdgFilter;

/**
 * What the challenge search is asked for; every part optional (the keyword and SDG part checked by SdgFilter).
 * {@code mine} narrows it to the caller's own department, whatever the status.
 */
public record ChallengeFilter(SdgFilter text, @Nullable UUID departmentId, @Nullable ChallengeStatus status,
                              boolean mine) {

    /** A department's own challenges, unfiltered otherwise but for the status. */
    public static ChallengeFilter mine(@Nullable ChallengeStatus status) {
        return new ChallengeFilter(new SdgFilter(null, null, null), null, status, true);
    }
}
