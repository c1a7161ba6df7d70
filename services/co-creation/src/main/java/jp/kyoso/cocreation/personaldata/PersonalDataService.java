package jp.kyoso.cocreation.personaldata;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.kyoso.cocreation.membership.MembershipService;
import jp.kyoso.cocreation.personaldata.PersonalDataStore.ErasureTarget;
import jp.kyoso.events.cocreation.MemberErased;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Personal data of the people of member organisations: the organisation's admins export it; a person is erased
 * at their own request or the secretariat's. Erasure replaces name and contact with a {@link Pseudonym} and keeps
 * every id, status and date, so rosters, counts, KPIs and history read the same, only under the pseudonym.
 */
@Singleton
public class PersonalDataService {

    private final PersonalDataStore store;
    private final MembershipService memberships;
    private final Outbox outbox;
    private final Clock clock;

    public PersonalDataService(PersonalDataStore store, MembershipService memberships, Outbox outbox, Clock clock) {
        this.store = store;
        this.memberships = memberships;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The organisation's admins (and the secretariat, who run the programme) may export. */
    @Transactional(readOnly = true)
    public PersonalData export(UUID organisationId, CurrentUser caller) {
        PersonalData data = store.export(organisationId, clock.instant())
                .orElseThrow(() -> new NotFoundException("resource.organisation", organisationId));
        memberships.requireAdmin(organisationId, caller);
        return data;
    }

    /**
     * Erases the person behind a roster entry, with every other entry of the same person (same account or same
     * address). Erasing again changes nothing and publishes nothing.
     */
    @Transactional
    public Erasure erase(UUID memberId, CurrentUser caller) {
        List<ErasureTarget> targets = store.samePerson(memberId);
        ErasureTarget entry = targets.stream().filter(target -> target.memberId().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("resource.member", memberId));
        boolean self = entry.userId() != null && entry.userId().equals(caller.userId());
        if (!self && !caller.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN)) {
            throw new ForbiddenException("person.erasureNotAllowed");
        }
        Pseudonym pseudonym = Pseudonym.of(memberId);
        if (store.isErased(memberId)) {
            return new Erasure(memberId, pseudonym.name(), false);
        }
        Instant now = clock.instant();
        store.erase(targets, pseudonym, now, caller.userId());
        for (ErasureTarget target : targets) {
            outbox.append(new MemberErased(target.memberId().toString(), target.organisationId().toString(),
                    target.userId(), pseudonym.name(), now, caller.userId()));
        }
        return new Erasure(memberId, pseudonym.name(), true);
    }

    /** @param erasedNow false when the person had been erased before */
    public record Erasure(UUID memberId, String pseudonym, boolean erasedNow) {
    }
}
