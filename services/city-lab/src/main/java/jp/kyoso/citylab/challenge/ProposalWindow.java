package jp.kyoso.citylab.challenge;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * The two facts of a challenge that decide whether it takes proposals. A submission reads only these, not the
 * challenge's two dozen columns of text it would never look at.
 */
public record ProposalWindow(ChallengeStatus status, @Nullable Instant deadline) {

    public boolean acceptsProposalsAt(Instant at) {
        return status.acceptsProposals(deadline, at);
    }
}
