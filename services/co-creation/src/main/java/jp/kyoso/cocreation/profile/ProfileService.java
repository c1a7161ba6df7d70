package jp.kyoso.cocreation.profile;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.cocreation.organisation.Organisation;
import jp.kyoso.cocreation.organisation.OrganisationRepository;
import jp.kyoso.cocreation.organisation.OrganisationStatus;
import jp.kyoso.cocreation.seed.Seed;
import jp.kyoso.cocreation.seed.SeedRepository;
import jp.kyoso.cocreation.seed.SeedStatus;
import jp.kyoso.web.problem.NotFoundException;

/**
 * The public profile of a member organisation: what co-creation knows itself (its published seeds) and what it
 * learnt from other services' events (adopted proposals, collaboration projects), plus any {@link ProfileExtension}.
 * Only members in good standing have a public profile; contact data is never part of it.
 */
@Singleton
public class ProfileService {

    /** How many of each list the profile shows; the full lists are paged endpoints. */
    public static final int PREVIEW = 5;

    private final OrganisationRepository organisations;
    private final SeedRepository seeds;
    private final AchievementRepository achievements;
    private final List<ProfileExtension> extensions;

    public ProfileService(OrganisationRepository organisations, SeedRepository seeds,
                          AchievementRepository achievements, List<ProfileExtension> extensions) {
        this.organisations = organisations;
        this.seeds = seeds;
        this.achievements = achievements;
        this.extensions = extensions;
    }

    @Transactional(readOnly = true)
    public Profile profile(UUID id) {
        Organisation organisation = publicOrganisation(id);
        Page<Seed> latestSeeds = seeds.findByOrganisationIdAndStatus(id, SeedStatus.PUBLISHED,
                Pageable.from(0, PREVIEW, Sort.of(Sort.Order.desc("publishedAt"))));
        Map<String, Object> sections = new LinkedHashMap<>();
        for (ProfileExtension extension : extensions) {
            extension.sectionFor(id).ifPresent(section -> sections.put(extension.key(), section));
        }
        return new Profile(organisation, latestSeeds, achievements(id, AchievementKind.PROPOSAL_ADOPTED, 0, PREVIEW),
                achievements(id, AchievementKind.COLLABORATION_PROJECT, 0, PREVIEW), sections);
    }

    @Transactional(readOnly = true)
    public Page<Achievement> achievements(UUID id, AchievementKind kind, int page, int size) {
        return achievements.findByOrganisationIdAndKind(id, kind,
                Pageable.from(page, size, Sort.of(Sort.Order.desc("occurredAt"))));
    }

    @Transactional(readOnly = true)
    public Organisation publicOrganisation(UUID id) {
        return organisations.findById(id).filter(o -> o.status() == OrganisationStatus.APPROVED)
                .orElseThrow(() -> new NotFoundException("resource.organisation", id));
    }

    /** Everything the profile page shows, before it is turned into its public view. */
    public record Profile(Organisation organisation, Page<Seed> seeds, Page<Achievement> adoptedProposals,
                          Page<Achievement> collaborationProjects, Map<String, Object> extensions) {
    }
}
