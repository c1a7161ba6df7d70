package jp.kyoso.citylab.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.citylab.domain.ApprovedOrganisation;
import jp.kyoso.citylab.persistence.ApprovedOrganisationRepository;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationRejected;

/** Keeps City Lab's list of approved organisations in step with co-creation's decisions. */
@Singleton
public class OrganisationDirectory {

    private final ApprovedOrganisationRepository organisations;

    public OrganisationDirectory(ApprovedOrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Transactional
    public void approved(OrganisationApproved event) {
        ApprovedOrganisation organisation = new ApprovedOrganisation(UUID.fromString(event.organisationId()),
                event.name(), event.organisationType().name(), event.approvedAt());
        if (organisations.existsById(organisation.id())) {
            organisations.update(organisation);
        } else {
            organisations.save(organisation);
        }
    }

    /** A rejected organisation may not propose; if it was ever listed, it is not any more. */
    @Transactional
    public void rejected(OrganisationRejected event) {
        organisations.deleteById(UUID.fromString(event.organisationId()));
    }
}
