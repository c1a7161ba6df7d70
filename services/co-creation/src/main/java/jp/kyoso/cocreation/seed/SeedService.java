package jp.kyoso.cocreation.seed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kyoso.cocreation.membership.MembershipService;
import jp.kyoso.cocreation.organisation.Organisation;
import jp.kyoso.cocreation.organisation.OrganisationRepository;
import jp.kyoso.cocreation.shared.LikePatterns;
import jp.kyoso.cocreation.shared.SdgTargets;
import jp.kyoso.events.cocreation.SeedPublished;
import jp.kyoso.events.cocreation.SeedWithdrawn;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.search.SdgFilter;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Seeds (シーズ): people acting for an active member organisation publish, edit and withdraw their solutions;
 * anyone reads the catalogue. Publishing and every edit send SeedPublished, so City Lab's matching stays current.
 */
@Singleton
public class SeedService {

    private final SeedRepository seeds;
    private final OrganisationRepository organisations;
    private final MembershipService memberships;
    private final Outbox outbox;
    private final Clock clock;

    public SeedService(SeedRepository seeds, OrganisationRepository organisations, MembershipService memberships,
                       Outbox outbox, Clock clock) {
        this.seeds = seeds;
        this.organisations = organisations;
        this.memberships = memberships;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Seed publish(@Nullable UUID organisationId, SeedContent content, CurrentUser user) {
        SeedContent clean = validated(content);
        UUID owner = memberships.actingOrganisation(organisationId, user, "seed.notYourOrganisation").id();
        Seed seed = seeds.save(Seed.published(UUID.randomUUID(), owner, clean, user.username(), clock.instant()));
        published(seed);
        return seed;
    }

    @Transactional
    public Seed edit(UUID id, SeedContent content, CurrentUser user) {
        SeedContent clean = validated(content);
        Seed seed = get(id, user);
        requireActsFor(seed.organisationId(), user);
        if (seed.status() != SeedStatus.PUBLISHED) {
            throw new ConflictException("seed.withdrawn");
        }
        Seed edited = update(seed.edit(clean, user.username(), clock.instant()));
        published(edited);
        return edited;
    }

    /** The organisation withdraws its seed; the secretariat may too, as moderator of the public catalogue. */
    @Transactional
    public Seed withdraw(UUID id, CurrentUser user) {
        Seed seed = get(id, user);
        if (!user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN)) {
            requireActsFor(seed.organisationId(), user);
        }
        if (seed.status() != SeedStatus.PUBLISHED) {
            throw new ConflictException("seed.withdrawn");
        }
        Seed withdrawn = update(seed.withdraw(user.username(), clock.instant()));
        outbox.append(new SeedWithdrawn(withdrawn.id().toString(), withdrawn.organisationId().toString(),
                withdrawn.withdrawnAt()));
        return withdrawn;
    }

    /** An organisation left the platform: its seeds leave the catalogue, and matching hears so. */
    @Transactional
    public void withdrawAllOf(UUID organisationId, String by) {
        for (Seed seed : seeds.findByOrganisationIdAndStatus(organisationId, SeedStatus.PUBLISHED)) {
            Seed withdrawn = update(seed.withdraw(by, clock.instant()));
            outbox.append(new SeedWithdrawn(withdrawn.id().toString(), withdrawn.organisationId().toString(),
                    withdrawn.withdrawnAt()));
        }
    }

    /** A published seed for anyone; a withdrawn one only for its organisation and the secretariat. */
    @Transactional(readOnly = true)
    public Seed get(UUID id, @Nullable CurrentUser user) {
        return seeds.findById(id)
                .filter(seed -> seed.status() == SeedStatus.PUBLISHED || user != null
                        && (user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN) || memberships.actsFor(seed.organisationId(), user)))
                .orElseThrow(() -> new NotFoundException("resource.seed", id));
    }

    /** The public catalogue: newest first, or, with words, best Japanese match first; optionally by SDG goal or target. */
    @Transactional(readOnly = true)
    public Page<Seed> catalogue(SdgFilter filter, int page, int size) {
        Pageable pageable = Pageable.from(page, size);
        List<Seed> found = seeds.catalogue(filter.keyword(), filter.keywordPattern(), filter.goalText(),
                filter.target(), pageable.getSize(), pageable.getOffset());
        return Page.of(found, pageable, seeds.countCatalogue(filter.keyword(), filter.keywordPattern(),
                filter.goalText(), filter.target()));
    }

    @Transactional(readOnly = true)
    public Page<Seed> ofOrganisation(UUID organisationId, int page, int size) {
        return seeds.findByOrganisationIdAndStatus(organisationId, SeedStatus.PUBLISHED,
                Pageable.from(page, size, Sort.of(Sort.Order.desc("publishedAt"))));
    }

    /** The names of the organisations behind a page of seeds, in one query. */
    @Transactional(readOnly = true)
    public Map<UUID, String> organisationNames(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : organisations.findByIdInList(List.copyOf(new LinkedHashSet<>(ids))).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
    }

    private void published(Seed seed) {
        outbox.append(new SeedPublished(seed.id().toString(), seed.organisationId().toString(), seed.title(),
                seed.description(), seed.sdgTargetList(), seed.keywordList(), seed.updatedAt()));
    }

    private Seed update(Seed next) {
        try {
            return seeds.update(next);
        } catch (OptimisticLockException e) {
            throw new ConflictException("seed.concurrentEdit");
        }
    }

    private void requireActsFor(UUID organisationId, CurrentUser user) {
        if (!memberships.actsFor(organisationId, user)) {
            throw new ForbiddenException("seed.notYourOrganisation");
        }
    }

    static SeedContent validated(SeedContent content) {
        List<String> targets = SdgTargets.validated(content.sdgTargets(), "sdgTargets");
        return new SeedContent(content.title().strip(), content.description().strip(), targets,
                distinct(content.keywords(), String::strip), blankToNull(content.contactName()),
                blankToNull(content.contactEmail()));
    }

    private static List<String> distinct(List<String> values, Function<String, String> clean) {
        return values.stream().map(String::strip).map(clean).filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
