package jp.kyoso.fund.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.fund.domain.CollaborationPartner;
import jp.kyoso.fund.domain.MemberOrganisation;
import jp.kyoso.fund.persistence.CollaborationPartnerRepository;
import jp.kyoso.fund.persistence.MemberOrganisationRepository;

/** What the fund knows of organisations from other services' events: membership and collaboration projects. */
@Singleton
public class OrganisationDirectory {

    private final MemberOrganisationRepository organisations;
    private final CollaborationPartnerRepository partners;

    public OrganisationDirectory(MemberOrganisationRepository organisations, CollaborationPartnerRepository partners) {
        this.organisations = organisations;
        this.partners = partners;
    }

    @Transactional
    public void approved(UUID id, String name, String type, Instant at) {
        save(new MemberOrganisation(id, name, type, MemberOrganisation.APPROVED, at));
    }

    @Transactional
    public void rejected(UUID id, Instant at) {
        MemberOrganisation known = organisations.findById(id).orElse(null);
        save(new MemberOrganisation(id, known == null ? "" : known.name(),
                known == null ? null : known.organisationType(), MemberOrganisation.REJECTED, at));
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
    public Optional<MemberOrganisation> find(UUID id) {
        return organisations.findById(id);
    }

    @Transactional(readOnly = true)
    public Set<UUID> collaborationPartnersOf(UUID organisationId) {
        return new HashSet<>(partners.partnersOf(organisationId));
    }

    private void save(MemberOrganisation organisation) {
        if (organisations.existsById(organisation.id())) {
            organisations.update(organisation);
        } else {
            organisations.save(organisation);
        }
    }
}
