package jp.kyoso.fund.grantapplication;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import jp.kyoso.fund.continuation.ContinuedProject;

/**
 * An application. Nobody's view carries reviewer identities or scores; in blind review the committee's view leaves
 * out who applied.
 */
@Serdeable
public record ApplicationView(UUID id, UUID callId, @Nullable UUID organisationId, @Nullable String organisationName,
                              String title, String plan, List<String> sdgTargets, List<BudgetLineView> budget,
                              long totalCostYen, long requestedYen, String expectedOutcomes, String kpis,
                              ApplicationStatus status, List<String> eligibilityReasons,
                              List<String> eligibilityReasonTexts,
                              @Nullable Instant submittedAt, long awardedYen, long paidYen,
                              @Nullable String decisionReason, @Nullable Instant decidedAt,
                              @Nullable String finalReport, @Nullable Instant reportedAt,
                              @Nullable UUID continuesProjectId, @Nullable String continuesProjectTitle) {

    /** A budget line. */
    @Serdeable
    public record BudgetLineView(String item, long amountYen) {
    }

    /** {@code translate} turns a reason's message key into text in the caller's language. */
    public static ApplicationView of(GrantApplication a, List<BudgetLine> lines, boolean showApplicant,
                              UnaryOperator<String> translate) {
        return new ApplicationView(a.id(), a.callId(), showApplicant ? a.organisationId() : null,
                showApplicant ? a.organisationName() : null, a.title(), a.plan(), a.sdgTargetList(),
                lines.stream().map(l -> new BudgetLineView(l.item(), l.amountYen())).toList(), a.totalCostYen(),
                a.requestedYen(), a.expectedOutcomes(), a.kpis(), a.status(), a.eligibilityReasonList(),
                a.eligibilityReasonList().stream().map(translate).toList(),
                a.submittedAt(), a.awardedYen(), a.paidYen(), a.decisionReason(), a.decidedAt(), a.finalReport(),
                a.reportedAt(), null, null);
    }

    /** The same view naming the City Lab project the application continues (never in blind review: it says who). */
    ApplicationView continuing(ContinuedProject project) {
        return new ApplicationView(id, callId, organisationId, organisationName, title, plan, sdgTargets, budget,
                totalCostYen, requestedYen, expectedOutcomes, kpis, status, eligibilityReasons, eligibilityReasonTexts,
                submittedAt, awardedYen, paidYen, decisionReason, decidedAt, finalReport, reportedAt,
                project.projectId(), project.title());
    }
}
