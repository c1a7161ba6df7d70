package jp.kyoso.declarations.organisation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationType;

/**
 * The registry's copy of co-creation's membership decisions. Only the latest decision counts, so a late, older event
 * (e.g. redelivered after a newer one) changes nothing.
 */
@Singleton
public class OrganisationDirectory {

    private final OrganisationReplicaRepository organisations;

    public OrganisationDirectory(OrganisationReplicaRepository organisations) {
        this.organisations = organisations;
    }

    @Transactional
    public void approved(UUID id, String name, OrganisationType type, Instant at) {
        store(new OrganisationReplica(id, name, type, MembershipStatus.APPROVED, at));
    }

    @Transactional
    public void rejected(UUID id, Instant at) {
        Optional<OrganisationReplica> known = organisations.findById(id);
        store(new OrganisationReplica(id, known.map(OrganisationReplica::name).orElse(null),
                known.map(OrganisationReplica::organisationType).orElse(null), MembershipStatus.REJECTED, at));
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationReplica> find(UUID id) {
        return organisations.findById(id);
    }

    private void store(OrganisationReplica decision) {
        Optional<OrganisationReplica> known = organisations.findById(decision.organisationId());
        if (known.isEmpty()) {
            organisations.save(decision);
        } else if (!decision.decidedAt().isBefore(known.get().decidedAt())) {
            organisations.update(decision);
        }
    }
}
