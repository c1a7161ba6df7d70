package jp.kyoso.web.testapp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kyoso.correlation.CorrelationIds;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

@Controller("/test")
@Secured(SecurityRule.IS_ANONYMOUS)
class TestController {

    private static final Logger LOG = LoggerFactory.getLogger(TestController.class);

    @Serdeable
    record Commitment(@NotBlank String target, @Size(max = 2) List<String> actions) {
    }

    @Serdeable
    record Declaration(@NotBlank String name,
                       @Pattern(regexp = "\\d{13}") String corporateNumber,
                       @Max(5) Integer level,
                       @Size(min = 1) List<@Valid Commitment> commitments) {
    }

    @Post("/declarations")
    HttpResponse<Map<String, String>> declare(@Body @Valid Declaration declaration) {
        return HttpResponse.created(Map.of("name", declaration.name()));
    }

    @Serdeable
    record Profile(@Nullable String name, boolean active, @Nullable Integer level, long amountYen,
                   @Nullable List<String> tags, @Nullable List<Commitment> commitments,
                   @Nullable Map<String, Object> extra) {
    }

    /** Echoes what the JSON body was read as, so tests can see exactly what a handler would have stored. */
    @Post("/echo")
    Profile echo(@Body Profile profile) {
        return profile;
    }

    @Get("/invalid")
    String invalid() {
        throw InvalidInputException.of("name", "test.name.taken", "共創");
    }

    @Get("/things/{id}")
    String thing(@PathVariable long id) {
        throw new NotFoundException("resource.thing", id);
    }

    @Get("/conflict")
    String conflict() {
        throw new ConflictException("test.thing.locked", "A-1");
    }

    @Get("/forbidden")
    String forbidden() {
        throw new ForbiddenException("test.thing.locked");
    }

    /** What a repository throws when PostgreSQL refuses a value, e.g. text with a NUL character. */
    @Get("/unstorable")
    String unstorable() {
        throw new IllegalStateException("Error executing PERSIST",
                new java.sql.SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
    }

    @Get("/boom")
    String boom() {
        throw new IllegalStateException("secret internals at jdbc:postgresql://db/kyoso");
    }

    @Get("/count")
    String count(@QueryValue int count) {
        return "count=" + count;
    }

    @Get("/numbers")
    PageResponse<Integer> numbers(PageRequest paging) {
        int total = 45;
        List<Integer> items = IntStream.range(0, total).boxed()
                .skip(paging.offset()).limit(paging.limit()).toList();
        return PageResponse.of(items, paging, total);
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Map<String, Object> me(CurrentUser user) {
        return Map.of("userId", user.userId(), "username", user.username(),
                "organisationId", user.organisationId(), "roles", user.roles());
    }

    @Get("/maybe-me")
    String maybeMe(@Nullable CurrentUser user) {
        return user == null ? "anonymous" : user.username();
    }

    @Get("/admin")
    @Secured(Roles.ADMIN)
    String admin() {
        return "admin";
    }

    @Get("/mdc")
    @ExecuteOn(TaskExecutors.BLOCKING)
    Map<String, String> mdc() {
        LOG.info("on a blocking thread");
        return Map.of("mdc", String.valueOf(MDC.get(CorrelationIds.MDC_KEY)),
                "current", CorrelationIds.current().orElse("none"),
                "thread", Thread.currentThread().getName());
    }
}
