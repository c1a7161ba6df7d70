package jp.kyoso.citylab.application;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.UUID;
import jp.kyoso.citylab.domain.ApprovedOrganisation;
import jp.kyoso.citylab.persistence.ApprovedOrganisationRepository;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationRejected;

/** Keeps City Lab's list of approved organisations in step with co-creation's decisions. */
@Singleton
public class OrganisationDirectory {

    private final ApprovedOrganisationRepository organisations;
    private final ApprovedOrganisations approved;
    private final TransactionOperations<Connection> transactions;

    public OrganisationDirectory(ApprovedOrganisationRepository organisations, ApprovedOrganisations approved,
                                 TransactionOperations<Connection> transactions) {
        this.organisations = organisations;
        this.approved = approved;
        this.transactions = transactions;
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
        afterCommit(() -> approved.approved(organisation.id()));
    }

    /** A rejected organisation may not propose; if it was ever listed, it is not any more. */
    @Transactional
    public void rejected(OrganisationRejected event) {
        UUID organisation = UUID.fromString(event.organisationId());
        organisations.deleteById(organisation);
        // Only once the row is gone for everyone: forgetting earlier would let a concurrent lookup remember it again.
        afterCommit(() -> approved.rejected(organisation));
    }

    private void afterCommit(Runnable action) {
        transactions.findTransactionStatus().orElseThrow().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
