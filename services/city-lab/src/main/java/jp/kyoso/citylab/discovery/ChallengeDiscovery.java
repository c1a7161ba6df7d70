package jp.kyoso.citylab.discovery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.citylab.challenge.Challenge;
import jp.kyoso.citylab.challenge.ChallengeStatus;
import jp.kyoso.citylab.challenge.ChallengeView;
import jp.kyoso.citylab.matching.MatchScore;
import jp.kyoso.citylab.shared.SdgTargets;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.search.SdgFilter;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Finding challenges: the filtered public list, and the open challenges ranked for a member's seeds with the same
 * score concierge matching uses the other way round (shared targets ×3, shared goals ×1, text similarity ×10).
 */
@Singleton
public class ChallengeDiscovery {

    private static final Set<ChallengeStatus> PUBLIC = Set.of(ChallengeStatus.PUBLISHED, ChallengeStatus.CLOSED);

    private final ChallengeSearchRepository search;

    public ChallengeDiscovery(ChallengeSearchRepository search) {
        this.search = search;
    }

    /** One page of matching challenges and the number of all matches. */
    public record Found(List<Challenge> items, long total) {

        /** The page as the challenge lists show it. */
        public PageResponse<ChallengeView> page(PageRequest paging) {
            return PageResponse.of(items.stream().map(ChallengeView::of).toList(), paging, total);
        }
    }

    /**
     * The public sees published and closed challenges; the secretariat may ask for any status; a department asking
     * for its own ({@code mine}) sees them in any status, and another department's filter then finds nothing.
     */
    @Transactional(readOnly = true)
    public Found search(ChallengeFilter filter, PageRequest paging, @Nullable CurrentUser user) {
        UUID department = filter.departmentId();
        Set<ChallengeStatus> everyStatus = PUBLIC;
        if (filter.mine()) {
            if (user == null || user.organisationId() == null) {
                throw new ForbiddenException("challenge.noDepartment");
            }
            UUID own = UUID.fromString(user.organisationId());
            if (department != null && !department.equals(own)) {
                return new Found(List.of(), 0);
            }
            department = own;
            everyStatus = EnumSet.allOf(ChallengeStatus.class);
        } else if (filter.status() != null && !filter.status().isPublic()
                && (user == null || !user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN))) {
            throw new ForbiddenException("challenge.notPublic");
        }
        List<String> statuses = (filter.status() == null ? everyStatus : Set.of(filter.status())).stream()
                .map(Enum::name).sorted().toList();
        SdgFilter text = filter.text();
        return new Found(search.search(statuses, department, text.goalText(), text.target(),
                text.keyword(), text.keywordPattern(), paging.limit(), paging.offset()),
                search.count(statuses, department, text.goalText(), text.target(), text.keyword(),
                        text.keywordPattern()));
    }

    /** Open challenges that fit the caller's organisation's seeds, best first; those that share nothing are left out. */
    @Transactional(readOnly = true)
    public List<ChallengeFit> forSeedsOf(CurrentUser member) {
        if (member.organisationId() == null) {
            throw new ForbiddenException("search.noOrganisation");
        }
        Map<UUID, ChallengeFit> best = new LinkedHashMap<>();
        for (SeedPairing pairing : search.pairingsWithSeedsOf(UUID.fromString(member.organisationId()))) {
            MatchScore score = MatchScore.of(SdgTargets.split(pairing.challengeTargets()),
                    SdgTargets.split(pairing.seedTargets()), pairing.textSimilarity());
            ChallengeFit known = best.get(pairing.challengeId());
            if (score.isRelevant() && (known == null || MatchScore.BEST_FIRST.compare(score, known.score()) < 0)) {
                best.put(pairing.challengeId(), new ChallengeFit(0, pairing.challengeId(), pairing.challengeTitle(),
                        pairing.departmentId(), pairing.deadline(), pairing.seedId(), pairing.seedTitle(), score));
            }
        }
        List<ChallengeFit> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparing(ChallengeFit::score, MatchScore.BEST_FIRST)
                .thenComparing(ChallengeFit::challengeTitle));
        List<ChallengeFit> numbered = new ArrayList<>();
        for (ChallengeFit fit : ranked) {
            numbered.add(new ChallengeFit(numbered.size() + 1, fit.challengeId(), fit.challengeTitle(),
                    fit.departmentId(), fit.deadline(), fit.seedId(), fit.seedTitle(), fit.score()));
        }
        return numbered;
    }
}
