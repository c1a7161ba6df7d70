package jp.kyoso.citylab.organisation;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationRejected;

/**
 * City Lab's replica of the organisations co-creation approved: kept in step with its decisions, and asked by
 * proposals, field experiments and invitations whether an organisation may take part. The yes answers are
 * remembered ({@link RememberedApprovals}), since a submission asks on every request.
 */
@Singleton
public class OrganisationDirectory {

    private final OrganisationReplicaRepository replicas;
    private final RememberedApprovals remembered;
    private final TransactionOperations<Connection> transactions;

    public OrganisationDirectory(OrganisationReplicaRepository replicas,
                                 @Value("${kyoso.citylab.approved-organisations-time-to-live:30s}") Duration timeToLive,
                                 TransactionOperations<Connection> transactions) {
        this.replicas = replicas;
        this.remembered = new RememberedApprovals(replicas::existsById, timeToLive);
        this.transactions = transactions;
    }

    /** @return whether co-creation approved the organisation (and did not reject it since) */
    public boolean isApproved(UUID organisation) {
        return remembered.isApproved(organisation);
    }

    @Transactional
    public void approved(OrganisationApproved event) {
        OrganisationReplica organisation = new OrganisationReplica(UUID.fromString(event.organisationId()),
                event.name(), event.organisationType().name(), event.approvedAt());
        if (replicas.existsById(organisation.id())) {
            replicas.update(organisation);
        } else {
            replicas.save(organisation);
        }
        afterCommit(() -> remembered.approved(organisation.id()));
    }

    /** A rejected organisation may not propose; if it was ever listed, it is not any more. */
    @Transactional
    public void rejected(OrganisationRejected event) {
        UUID organisation = UUID.fromString(event.organisationId());
        replicas.deleteById(organisation);
        // Only once the row is gone for everyone: forgetting earlier would let a concurrent lookup remember it again.
        afterCommit(() -> remembered.rejected(organisation));
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
