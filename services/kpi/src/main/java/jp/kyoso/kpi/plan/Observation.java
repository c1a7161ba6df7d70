package jp.kyoso.kpi.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A value staff report for an indicator and period ({@code 2025年度 24,100 人}), approved or rejected by the
 * secretariat. Observations are never deleted or edited: a correction is a new observation for the same period
 * that, once approved, supersedes the old one, which stays as history.
 */
public record Observation(UUID id, UUID indicatorId, SheetValue value, LocalDate periodEnd, String comment,
                          ObservationState state, String submittedBy, Instant submittedAt, String decidedBy,
                          Instant decidedAt, String reason, UUID supersededBy) {

    /** A new observation; the period must be one {@link PeriodDates} understands. */
    public static Observation submit(UUID indicatorId, SheetValue value, String comment, String by, Instant at) {
        LocalDate end = PeriodDates.endOf(value.period())
                .orElseThrow(() -> new IllegalArgumentException("unreadable period " + value.period()));
        return new Observation(UUID.randomUUID(), indicatorId, value, end, comment, ObservationState.PENDING, by, at,
                null, null, null, null);
    }

    public Observation approve(String by, Instant at) {
        requirePending();
        return new Observation(id, indicatorId, value, periodEnd, comment, ObservationState.APPROVED, submittedBy,
                submittedAt, by, at, null, null);
    }

    public Observation reject(String by, Instant at, String why) {
        requirePending();
        return new Observation(id, indicatorId, value, periodEnd, comment, ObservationState.REJECTED, submittedBy,
                submittedAt, by, at, why, null);
    }

    public Observation supersededBy(UUID correction) {
        return new Observation(id, indicatorId, value, periodEnd, comment, ObservationState.SUPERSEDED, submittedBy,
                submittedAt, decidedBy, decidedAt, reason, correction);
    }

    public boolean samePeriodAs(Observation other) {
        return periodEnd.equals(other.periodEnd);
    }

    private void requirePending() {
        if (state != ObservationState.PENDING) {
            throw new IllegalStateException("observation " + id + " is " + state);
        }
    }
}
