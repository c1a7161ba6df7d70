package jp.kyoso.citylab.discovery;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;
import jp.kyoso.citylab.domain.ChallengeStatus;
import jp.kyoso.web.search.SdgFilter;

/** What the challenge search is asked for; every part optional (the keyword and SDG part checked by SdgFilter). */
public record ChallengeFilter(SdgFilter text, @Nullable UUID departmentId, @Nullable ChallengeStatus status) {
}
