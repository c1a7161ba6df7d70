package jp.kyoso.fund.eligibility;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Applies the registry's events to the projection, inside the inbox transaction. Events of one declaration arrive in
 * order (same Kafka key); a status event for a declaration whose registration was never seen still creates its row,
 * because every event carries the organisation and the number.
 */
@Singleton
public class DeclarantProjection {

    private final DeclarantRecordRepository records;

    public DeclarantProjection(DeclarantRecordRepository records) {
        this.records = records;
    }

    @Transactional
    public void registered(String declarationId, String organisationId, String number, int termEnd, Instant at) {
        apply(declarationId, organisationId, number, at, termEnd, current -> DeclarantStatus.REGISTERED);
    }

    @Transactional
    public void status(String declarationId, String organisationId, String number, DeclarantStatus status,
                       Instant at) {
        apply(declarationId, organisationId, number, at, null, current -> status);
    }

    /** A renewal extends the term; only a declaration that lapsed (its term ended) becomes registered again. */
    @Transactional
    public void renewed(String declarationId, String organisationId, String number, int termEnd, Instant at) {
        apply(declarationId, organisationId, number, at, termEnd,
                current -> current == null || current == DeclarantStatus.LAPSED ? DeclarantStatus.REGISTERED
                        : current);
    }

    private void apply(String declarationId, String organisationId, String number, Instant at,
                       @Nullable Integer termEnd, UnaryOperator<DeclarantStatus> next) {
        Optional<DeclarantRecord> current = records.findById(declarationId);
        if (current.isEmpty()) {
            records.save(new DeclarantRecord(declarationId, organisationId, number, next.apply(null), termEnd, at));
        } else {
            records.update(current.get().with(next.apply(current.get().status()), termEnd, at));
        }
    }
}
