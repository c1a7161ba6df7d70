package jp.kyoso.citylab.matching;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** One ranked organisation with the reason for its rank, in the caller's language, and its fitting seeds. */
@Serdeable
public record MatchView(int rank, UUID organisationId, String organisationName, double score, String reason,
                        List<String> sharedTargets, List<Integer> sharedGoals, int textSimilarityPercent,
                        List<SeedView> seeds) {

    /** A seed of the organisation and how well it fits the challenge. */
    @Serdeable
    public record SeedView(UUID seedId, String title, double score, List<String> sharedTargets,
                           int textSimilarityPercent) {
    }

    static MatchView of(OrganisationMatch match, String reason) {
        MatchScore best = match.best();
        return new MatchView(match.rank(), match.organisationId(), match.organisationName(), best.score(), reason,
                best.sharedTargets(), best.sharedGoals(), best.textSimilarityPercent(),
                match.seeds().stream().map(seed -> new SeedView(seed.seedId(), seed.title(), seed.score().score(),
                        seed.score().sharedTargets(), seed.score().textSimilarityPercent())).toList());
    }
}
