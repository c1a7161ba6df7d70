package jp.kyoso.citylab.matching;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.citylab.challenge.Challenge;
import jp.kyoso.citylab.challenge.ChallengeRepository;
import jp.kyoso.citylab.challenge.ChallengeStatus;
import jp.kyoso.citylab.shared.SdgTargets;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.NotFoundException;

/**
 * Concierge matching: ranks member organisations for a published challenge by their seeds' SDG-target overlap and
 * Japanese text similarity, keeping the parts of each score so the secretariat sees why.
 */
@Singleton
public class MatchingService {

    private final ChallengeRepository challenges;
    private final SeedCandidateRepository seeds;

    public MatchingService(ChallengeRepository challenges, SeedCandidateRepository seeds) {
        this.challenges = challenges;
        this.seeds = seeds;
    }

    @Transactional(readOnly = true)
    public List<OrganisationMatch> rank(UUID challengeId) {
        Challenge challenge = challenges.findById(challengeId)
                .orElseThrow(() -> new NotFoundException("resource.challenge", challengeId.toString()));
        if (challenge.status() != ChallengeStatus.PUBLISHED) {
            throw new ConflictException("invitation.challengeNotPublished", challenge.status().name());
        }
        String text = String.join(" ", challenge.title(), challenge.background(),
                challenge.solutionDirection() == null ? "" : challenge.solutionDirection());
        Map<UUID, List<OrganisationMatch.SeedMatch>> byOrganisation = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (SeedCandidate candidate : seeds.candidatesFor(text)) {
            MatchScore score = MatchScore.of(challenge.sdgTargetList(), SdgTargets.split(candidate.sdgTargets()),
                    candidate.textSimilarity());
            if (score.isRelevant()) {
                names.put(candidate.organisationId(), candidate.organisationName());
                byOrganisation.computeIfAbsent(candidate.organisationId(), id -> new ArrayList<>())
                        .add(new OrganisationMatch.SeedMatch(candidate.seedId(), candidate.title(), score));
            }
        }
        Comparator<OrganisationMatch.SeedMatch> bestSeedFirst =
                Comparator.comparing(OrganisationMatch.SeedMatch::score, MatchScore.BEST_FIRST);
        List<Map.Entry<UUID, List<OrganisationMatch.SeedMatch>>> ranked = new ArrayList<>(byOrganisation.entrySet());
        ranked.forEach(entry -> entry.getValue().sort(bestSeedFirst));
        ranked.sort(Comparator.comparing(entry -> entry.getValue().get(0).score(), MatchScore.BEST_FIRST));
        List<OrganisationMatch> result = new ArrayList<>();
        for (Map.Entry<UUID, List<OrganisationMatch.SeedMatch>> entry : ranked) {
            result.add(new OrganisationMatch(result.size() + 1, entry.getKey(), names.get(entry.getKey()),
                    entry.getValue().get(0).score(), List.copyOf(entry.getValue())));
        }
        return result;
    }
}
