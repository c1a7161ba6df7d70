package jp.kyoso.declarations.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.declarations.domain.KnownOrganisation;
import jp.kyoso.declarations.domain.MembershipStatus;
import jp.kyoso.declarations.persistence.KnownOrganisationRepository;
import jp.kyoso.events.cocreation.OrganisationType;

/**
 * The registry's copy of co-creation's membership decisions. Only the latest decision counts, so a late, older event
 * (e.g. redelivered after a newer one) changes nothing.
 */
@Singleton
public class KnownOrganisations {

    private final KnownOrganisationRepository organisations;

    public KnownOrganisations(KnownOrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Transactional
    public void approved(UUID id, String name, OrganisationType type, Instant at) {
        store(new KnownOrganisation(id, name, type, MembershipStatus.APPROVED, at));
    }

    @Transactional
    public void rejected(UUID id, Instant at) {
        Optional<KnownOrganisation> known = organisations.findById(id);
        store(new KnownOrganisation(id, known.map(KnownOrganisation::name).orElse(null),
                known.map(KnownOrganisation::organisationType).orElse(null), MembershipStatus.REJECTED, at));
    }

    @Transactional(readOnly = true)
    public Optional<KnownOrganisation> find(UUID id) {
        return organisations.findById(id);
    }

    private void store(KnownOrganisation decision) {
        Optional<KnownOrganisation> known = organisations.findById(decision.organisationId());
        if (known.isEmpty()) {
            organisations.save(decision);
        } else if (!decision.decidedAt().isBefore(known.get().decidedAt())) {
            organisations.update(decision);
        }
    }
}
