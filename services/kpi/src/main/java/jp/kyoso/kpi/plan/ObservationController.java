package jp.kyoso.kpi.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Reporting an indicator's values (staff), deciding on them (secretariat), and binding indicators to metrics. */
@Controller("/api/kpi/plans/{code}/indicators/{indicatorId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Plan KPIs")
public class ObservationController {

    private final ObservationService observations;

    public ObservationController(ObservationService observations) {
        this.observations = observations;
    }

    @Post("/observations")
    @Secured({Roles.STAFF, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Report a value for a period (実績値の登録); it counts once the secretariat approves it")
    public HttpResponse<ObservationView> submit(String code, UUID indicatorId, @Body ObservationService.Report report,
                                                CurrentUser user) {
        return HttpResponse.created(ObservationView.of(observations.submit(code, indicatorId, report,
                user.username())));
    }

    @Get("/observations")
    @Secured({Roles.STAFF, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Every reported value with its decision, corrections included (history)")
    public List<ObservationView> history(String code, UUID indicatorId) {
        return observations.history(code, indicatorId).stream().map(ObservationView::of).toList();
    }

    @Post("/observations/{observationId}/approve")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Approve a reported value; a value already approved for that period is superseded")
    public ObservationView approve(String code, UUID indicatorId, UUID observationId, CurrentUser user) {
        return ObservationView.of(observations.approve(code, indicatorId, observationId, user.username()));
    }

    @Post("/observations/{observationId}/reject")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Reject a reported value with a reason the reporter sees")
    public ObservationView reject(String code, UUID indicatorId, UUID observationId, @Body Rejection rejection,
                                  CurrentUser user) {
        return ObservationView.of(observations.reject(code, indicatorId, observationId, rejection.reason(),
                user.username()));
    }

    @Put("/binding")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Make the indicator follow a partnership KPI (metric), or stop with metric null")
    public HttpResponse<Void> bind(String code, UUID indicatorId, @Body Binding binding) {
        observations.bind(code, indicatorId, binding.metric());
        return HttpResponse.noContent();
    }

    /** Why a value is rejected. */
    @Serdeable
    public record Rejection(@Nullable String reason) {
    }

    /** The partnership metric to follow, e.g. {@code MEMBER_ORGANISATIONS}. */
    @Serdeable
    public record Binding(@Nullable String metric) {
    }

    /** An observation as the API shows it. */
    @Serdeable
    public record ObservationView(String id, IndicatorView.ValueView value, String state, @Nullable String comment,
                                  String submittedBy, String submittedAt, @Nullable String decidedBy,
                                  @Nullable String decidedAt, @Nullable String reason, @Nullable String supersededBy) {

        static ObservationView of(Observation observation) {
            return new ObservationView(observation.id().toString(), IndicatorView.ValueView.of(observation.value()),
                    observation.state().name(), observation.comment(), observation.submittedBy(),
                    observation.submittedAt().toString(), observation.decidedBy(),
                    observation.decidedAt() == null ? null : observation.decidedAt().toString(), observation.reason(),
                    observation.supersededBy() == null ? null : observation.supersededBy().toString());
        }
    }
}
