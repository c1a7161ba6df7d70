package jp.kyoso.apisample;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A made-up controller with one of each mistake ApiStyleTest expects to be found, and their legacy aliases. */
@Controller("/api/sample/things")
public class SampleController {

    @Get
    public List<ThingView> list(@QueryValue String keyword,
                                @Deprecated @QueryValue("target") String oldTarget,
                                @QueryValue("goal") String legacyGoal) {
        return List.of();
    }

    @Get("/criteria")
    public List<Criterion> criteria() {
        return List.of();
    }

    @Post("/{id}/refinement")
    public ThingView refine(String id, @Body ThingRequest request) {
        return null;
    }

    @Post("/{id}/start-refinement")
    public ThingView startRefinement(String id) {
        return null;
    }

    @Post("/{id}/signOff")
    public ThingView signOff(String id) {
        return null;
    }

    @Post("/{id}/versions")
    public ThingView addVersion(String id) {
        return null;
    }

    @Deprecated
    @Post("/{id}/approval")
    public ThingView approval(String id) {
        return null;
    }

    public record ThingRequest(String text, @Deprecated String goal, long budget) {
    }

    public record ThingView(String id, Instant created, Instant decidedAt, LocalDate dueAt, LocalDate dueOn,
                            long amountYen, Long requestedAmount, int grantCount, List<Part> parts) {
    }

    public record Part(String name, String target, java.math.BigDecimal cost, Instant legacyWhen) {
    }

    public record Criterion(String code) {
    }
}
