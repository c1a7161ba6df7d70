package jp.kyoso.fund.grantapplication;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import jp.kyoso.fund.shared.TransitionException;

/** An organisation's application to a call, from draft to decision, payments and final report. */
@MappedEntity("grant_application")
public record GrantApplication(
        @Id UUID id,
        UUID callId,
        UUID organisationId,
        String organisationName,
        String createdBy,
        String title,
        String plan,
        String sdgTargets,
        long totalCostYen,
        long requestedYen,
        String expectedOutcomes,
        String kpis,
        ApplicationStatus status,
        String eligibilityReasons,
        @Nullable Instant submittedAt,
        long awardedYen,
        long paidYen,
        @Nullable String decisionReason,
        @Nullable Instant decidedAt,
        @Nullable String finalReport,
        @Nullable Instant reportedAt,
        Instant createdAt,
        @Nullable @Version Long version) {

    public List<String> sdgTargetList() {
        return sdgTargets.isBlank() ? List.of() : Arrays.asList(sdgTargets.split(","));
    }

    public List<String> eligibilityReasonList() {
        return eligibilityReasons.isBlank() ? List.of() : Arrays.asList(eligibilityReasons.split(","));
    }

    public GrantApplication edited(ApplicationContent content) {
        require(ApplicationStatus.DRAFT, "edit");
        return new GrantApplication(id, callId, organisationId, organisationName, createdBy, content.title(),
                content.plan(), String.join(",", content.sdgTargets()), content.totalCostYen(),
                content.requestedYen(), content.expectedOutcomes(), content.kpis(), status, eligibilityReasons,
                submittedAt, awardedYen, paidYen, decisionReason, decidedAt, finalReport, reportedAt, createdAt,
                version);
    }

    /** Submitted and screened in one step: the reasons are message keys, empty when eligible. */
    public GrantApplication submitted(List<String> ineligibilityReasons, Instant at) {
        require(ApplicationStatus.DRAFT, "submit");
        return with(ineligibilityReasons.isEmpty() ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE,
                String.join(",", ineligibilityReasons), at, awardedYen, decisionReason, decidedAt);
    }

    public GrantApplication withdrawn() {
        if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.ELIGIBLE) {
            throw new TransitionException(status.name(), "withdraw");
        }
        return with(ApplicationStatus.WITHDRAWN, eligibilityReasons, submittedAt, awardedYen, decisionReason,
                decidedAt);
    }

    public GrantApplication awarded(long amount, @Nullable String reason, Instant at) {
        require(ApplicationStatus.ELIGIBLE, "award");
        if (amount <= 0 || amount > requestedYen) {
            throw new IllegalArgumentException("an award is positive and at most the requested amount");
        }
        return with(ApplicationStatus.AWARDED, eligibilityReasons, submittedAt, amount, reason, at);
    }

    public GrantApplication rejected(String reason, Instant at) {
        require(ApplicationStatus.ELIGIBLE, "reject");
        return with(ApplicationStatus.REJECTED, eligibilityReasons, submittedAt, 0, reason, at);
    }

    public GrantApplication paid(long amount) {
        require(ApplicationStatus.AWARDED, "pay");
        if (amount <= 0 || paidYen + amount > awardedYen) {
            throw new IllegalArgumentException("payments never exceed the award");
        }
        return new GrantApplication(id, callId, organisationId, organisationName, createdBy, title, plan, sdgTargets,
                totalCostYen, requestedYen, expectedOutcomes, kpis, status, eligibilityReasons, submittedAt,
                awardedYen, paidYen + amount, decisionReason, decidedAt, finalReport, reportedAt, createdAt, version);
    }

    public GrantApplication reported(String report, Instant at) {
        require(ApplicationStatus.AWARDED, "report");
        return new GrantApplication(id, callId, organisationId, organisationName, createdBy, title, plan, sdgTargets,
                totalCostYen, requestedYen, expectedOutcomes, kpis, status, eligibilityReasons, submittedAt,
                awardedYen, paidYen, decisionReason, decidedAt, report, at, createdAt, version);
    }

    private void require(ApplicationStatus expected, String attempted) {
        if (status != expected) {
            throw new TransitionException(status.name(), attempted);
        }
    }

    private GrantApplication with(ApplicationStatus next, String reasons, @Nullable Instant submitted, long awarded,
                                  @Nullable String reason, @Nullable Instant decided) {
        return new GrantApplication(id, callId, organisationId, organisationName, createdBy, title, plan, sdgTargets,
                totalCostYen, requestedYen, expectedOutcomes, kpis, next, reasons, submitted, awarded, paidYen, reason,
                decided, finalReport, reportedAt, createdAt, version);
    }
}
