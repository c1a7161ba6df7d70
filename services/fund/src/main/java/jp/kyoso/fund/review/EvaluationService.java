package jp.kyoso.fund.review;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;
import jp.kyoso.events.fund.ProjectEvaluated;
import jp.kyoso.fund.grantapplication.ApplicationService;
import jp.kyoso.fund.grantapplication.ApplicationStatus;
import jp.kyoso.fund.grantapplication.GrantApplication;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.security.CurrentUser;

/** The evaluation (事後評価) of a funded project's final report, on the call's criteria. */
@Singleton
public class EvaluationService {

    private final ApplicationService applications;
    private final ScoreSheetRecorder recorder;
    private final Outbox outbox;

    EvaluationService(ApplicationService applications, ScoreSheetRecorder recorder, Outbox outbox) {
        this.applications = applications;
        this.recorder = recorder;
        this.outbox = outbox;
    }

    /** Evaluates the final report; the caller has passed the conflict gate. */
    @Transactional
    public Review evaluate(UUID applicationId, CurrentUser user, ScoreSheet sheet) {
        GrantApplication application = applications.get(applicationId);
        if (application.status() != ApplicationStatus.AWARDED || application.reportedAt() == null) {
            throw new ConflictException("fund.evaluation.noReport");
        }
        Review review = recorder.record(application, user.userId(), sheet, ReviewPurpose.EVALUATION);
        outbox.append(new ProjectEvaluated(applicationId.toString(), application.callId().toString(),
                application.organisationId().toString(), user.userId(), review.weightedScoreHundredths(),
                review.submittedAt()));
        return review;
    }
}
