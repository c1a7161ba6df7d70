package jp.kyoso.cocreation.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import jp.kyoso.cocreation.organisation.Organisation;
import jp.kyoso.cocreation.seed.Seed;
import jp.kyoso.events.cocreation.OrganisationType;

/**
 * A member organisation's public profile: no contact data, no internal status. Each list shows the latest few with
 * the total; the full lists are paged endpoints. {@code extensions} holds sections other contexts contribute
 * (declaration status, grants) once they exist.
 */
@Serdeable
public record ProfileView(
        UUID id,
        String name,
        OrganisationType organisationType,
        String organisationTypeLabel,
        @Nullable Instant approvedAt,
        Preview<SeedSummary> seeds,
        Preview<AchievementView> adoptedProposals,
        Preview<AchievementView> collaborationProjects,
        Map<String, Object> extensions) {

    static ProfileView of(ProfileService.Profile profile, boolean english) {
        Organisation organisation = profile.organisation();
        OrganisationType type = organisation.organisationType();
        return new ProfileView(organisation.id(), organisation.name(), type, english ? type.english() : type.japanese(),
                organisation.decidedAt(), Preview.of(profile.seeds(), SeedSummary::of),
                Preview.of(profile.adoptedProposals(), AchievementView::of),
                Preview.of(profile.collaborationProjects(), AchievementView::of), profile.extensions());
    }

    /** The latest items of a list and how many there are in all. */
    @Serdeable
    public record Preview<T>(long total, List<T> latest) {

        static <E, T> Preview<T> of(Page<E> page, Function<E, T> view) {
            return new Preview<>(page.getTotalSize(), page.getContent().stream().map(view).toList());
        }
    }

    /** A seed as the profile lists it. */
    @Serdeable
    public record SeedSummary(UUID id, String title, List<String> sdgTargets, Instant publishedAt) {

        static SeedSummary of(Seed seed) {
            return new SeedSummary(seed.id(), seed.title(), seed.sdgTargetList(), seed.publishedAt());
        }
    }
}
