package jp.kyoso.declarations.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.kyoso.declarations.declaration.DeclarationStatus;
import jp.kyoso.declarations.declaration.PublicEntryView;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.sdg.SdgCatalog;
import jp.kyoso.web.i18n.Messages;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;

/** The public directory of declarants and the registry's open data; no login needed. */
@Controller("/api/declarations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "directory", description = "Public directory of SDGs declarants and open data (CSV, JSON)")
public class DirectoryController {

    private static final int MAX_QUERY = 100;

    private final Directory directory;
    private final Messages messages;
    private final Clock clock;

    public DirectoryController(Directory directory, Messages messages, Clock clock) {
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @Get("/directory")
    @Operation(summary = "Search the directory", description = "Filters: sdgGoal (1-17), sdgTarget (e.g. 7.2), organisationType, status, q (free text, Japanese too: trigram search). Lapsed and revoked entries stay listed, flagged. Deprecated until the next release: goal, target, keyword (the new name wins when both are given).")
    public DirectoryView search(@Nullable @QueryValue Integer sdgGoal, @Nullable @QueryValue String sdgTarget,
                                @Nullable @QueryValue OrganisationType organisationType,
                                @Nullable @QueryValue DeclarationStatus status, @Nullable @QueryValue String q,
                                @Nullable @QueryValue("goal") Integer legacyGoal,
                                @Nullable @QueryValue("target") String legacyTarget,
                                @Nullable @QueryValue("keyword") String legacyKeyword,
                                PageRequest paging, HttpRequest<?> request) {
        // goal, target and keyword are the names before the API style guide, accepted until the next release.
        DirectoryFilter filter = validated(sdgGoal != null ? sdgGoal : legacyGoal,
                sdgTarget != null ? sdgTarget : legacyTarget, organisationType, status, q != null ? q : legacyKeyword);
        Locale locale = RequestLocale.of(request);
        Directory.Result result = directory.search(filter, paging);
        PageResponse<PublicEntryView> page = PageResponse.of(result.items().stream()
                .map(d -> PublicEntryView.of(d, messages, locale)).toList(), paging, result.total());
        return new DirectoryView(messages.get(locale, "directory.note"), page.items(), page.page(), page.size(),
                page.totalItems(), page.totalPages());
    }

    @Get("/directory/{id}")
    @Operation(summary = "One directory entry with its commitments and latest report")
    public PublicEntryView entry(UUID id, HttpRequest<?> request) {
        return PublicEntryView.of(directory.entry(id), messages, RequestLocale.of(request));
    }

    @Get(value = "/open-data.csv", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "The whole registry as CSV", description = "UTF-8 with BOM (opens correctly in Excel), one row per commitment.")
    public HttpResponse<byte[]> csv() {
        Map<String, String> labels = Arrays.stream(DeclarationStatus.values()).collect(Collectors.toMap(Enum::name,
                s -> messages.get(Locale.JAPANESE, "status." + s.name())));
        return HttpResponse.ok(OpenDataCsv.of(directory.everything(), labels))
                .contentType(new MediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sdgs-declarations.csv\"");
    }

    @Get(value = "/open-data.json", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole registry as JSON")
    public OpenDataView json() {
        List<PublicEntryView> entries = directory.everything().stream()
                .map(d -> PublicEntryView.of(d, messages, Locale.JAPANESE)).toList();
        return new OpenDataView(messages.get(Locale.JAPANESE, "directory.note"),
                messages.get(Locale.ENGLISH, "directory.note"), clock.instant(), entries.size(), entries);
    }

    /** Field errors name the parameters as the guide spells them, also when a caller sent the deprecated name. */
    private static DirectoryFilter validated(@Nullable Integer sdgGoal, @Nullable String sdgTarget,
                                             @Nullable OrganisationType organisationType,
                                             @Nullable DeclarationStatus status, @Nullable String q) {
        List<FieldErrorKey> errors = new ArrayList<>();
        if (sdgGoal != null && (sdgGoal < 1 || sdgGoal > 17)) {
            errors.add(new FieldErrorKey("sdgGoal", sdgGoal < 1 ? "Min" : "Max", sdgGoal < 1 ? 1 : 17));
        }
        String normalisedTarget = null;
        if (sdgTarget != null && !sdgTarget.isBlank()) {
            normalisedTarget = SdgCatalog.target(sdgTarget).map(t -> t.code()).orElse(null);
            if (normalisedTarget == null) {
                errors.add(new FieldErrorKey("sdgTarget", "sdg.target.unknown", sdgTarget));
            }
        }
        if (status != null && !DeclarationStatus.PUBLIC.contains(status)) {
            errors.add(new FieldErrorKey("status", "Invalid"));
        }
        if (q != null && q.length() > MAX_QUERY) {
            errors.add(new FieldErrorKey("q", "Size.max", MAX_QUERY));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new DirectoryFilter(sdgGoal, normalisedTarget, organisationType, status, q);
    }
}
