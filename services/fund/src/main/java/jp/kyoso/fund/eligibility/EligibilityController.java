package jp.kyoso.fund.eligibility;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/**
 * Declarant eligibility for any signed-in user: it only restates the public registry, and applicants, the
 * secretariat and the committee all need it.
 */
@Controller("/api/fund/eligibility")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "eligibility", description = "SDGs declarant status per organisation, from the registry's events")
public class EligibilityController {

    private final EligibilityQueries queries;

    public EligibilityController(EligibilityQueries queries) {
        this.queries = queries;
    }

    @Get("/organisations/{organisationId}")
    @Operation(summary = "Whether the organisation has an active SDGs declaration", description = "Active = registered (report overdue is flagged but still active), not lapsed or revoked, within its term.")
    public Eligibility organisation(UUID organisationId) {
        return queries.of(organisationId);
    }
}
