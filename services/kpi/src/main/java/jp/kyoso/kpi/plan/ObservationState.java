package jp.kyoso.kpi.plan;

/** Where a reported value stands: waiting for the secretariat, accepted, refused, or replaced by a correction. */
public enum ObservationState {
    PENDING, APPROVED, REJECTED, SUPERSEDED
}
