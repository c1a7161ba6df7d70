package jp.kyoso.fund.organisation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What the fund knows of organisations from other services' events: membership and collaboration projects. */
@Singleton
public class OrganisationDirectory {

    private final OrganisationReplicaRepository organisations;
    private final CollaborationPartnerRepository partners;

    public OrganisationDirectory(OrganisationReplicaRepository organisations, CollaborationPartnerRepository partners) {
        this.organisations = organisations;
        this.partners = partners;
    }

    @Transactional
    public void approved(UUID id, String name, String type, Instant at) {
        save(new OrganisationReplica(id, name, type, OrganisationReplica.APPROVED, at));
    }

    @Transactional
    public void rejected(UUID id, Instant at) {
        OrganisationReplica known = organisations.findById(id).orElse(null);
        save(new OrganisationReplica(id, known == null ? "" : known.name(),
                known == null ? null : known.organisationType(), OrganisationReplica.REJECTED, at));
    }

    @Transactional
    public void projectStarted(UUID projectId, String title, Iterable<UUID> partnerIds) {
        for (UUID organisationId : partnerIds) {
            if (!partners.existsByProjectIdAndOrganisationId(projectId, organisationId)) {
                partners.save(new CollaborationPartner(UUID.randomUUID(), projectId, organisationId, title));
            }
        }
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationReplica> find(UUID id) {
        return organisations.findById(id);
    }

    @Transactional(readOnly = true)
    public Set<UUID> collaborationPartnersOf(UUID organisationId) {
        return new HashSet<>(partners.partnersOf(organisationId));
    }

    private void save(OrganisationReplica organisation) {
        if (organisations.existsById(organisation.id())) {
            organisations.update(organisation);
        } else {
            organisations.save(organisation);
        }
    }
}
