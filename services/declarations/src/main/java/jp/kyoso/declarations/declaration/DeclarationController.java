package jp.kyoso.declarations.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.kyoso.web.i18n.Messages;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Declaring and reviewing: members of an approved organisation draft, preview, submit and renew; the secretariat
 * returns with comments, registers and revokes.
 */
@Controller("/api/declarations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "declarations", description = "SDGs declarations (SDGs宣言): drafting, review and registration")
public class DeclarationController {

    private final DeclarationService declarations;
    private final Messages messages;

    public DeclarationController(DeclarationService declarations, Messages messages) {
        this.declarations = declarations;
        this.messages = messages;
    }

    @Post
    @Secured(Roles.MEMBER)
    @Operation(summary = "Start a declaration (draft)", description = "Only members of an approved organisation; one live declaration per organisation.")
    public HttpResponse<DeclarationView> create(@Body @Valid DeclarationRequest form, CurrentUser user,
                                                HttpRequest<?> request) {
        DeclarationDetails created = declarations.draft(form.toDraft(), user);
        return HttpResponse.created(view(created, request),
                URI.create("/api/declarations/" + created.declaration().id()));
    }

    @Get
    @Secured({Roles.MEMBER, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "List declarations", description = "The secretariat sees all (filter by status); a member sees their organisation's.")
    public PageResponse<DeclarationView> list(@Nullable @QueryValue DeclarationStatus status, PageRequest paging,
                                              CurrentUser user, HttpRequest<?> request) {
        boolean secretariat = user.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN);
        UUID organisation = secretariat ? null : organisationOf(user);
        if (organisation == null && !secretariat) {
            return PageResponse.of(List.of(), paging, 0);
        }
        Page<Declaration> found = declarations.list(status, organisation,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("updatedAt"))));
        return PageResponse.of(declarations.details(found.getContent()).stream()
                        .map(details -> view(details, request)).toList(),
                paging, found.getTotalSize());
    }

    // Only an id's characters: otherwise "open-data.csv" asked for as JSON (no route of its own) fell through to here
    // and an anonymous caller was told to sign in instead of 406.
    @Get("/{id:[0-9a-fA-F-]+}")
    @Secured({Roles.MEMBER, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "One declaration with its commitments, version and review comment")
    public DeclarationView get(UUID id, CurrentUser user, HttpRequest<?> request) {
        return view(declarations.view(id, user), request);
    }

    @Put("/{id}")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Save the draft", description = "Send the version you loaded; if a colleague saved in between, 409 declaration.staleVersion and nothing is saved.")
    public DeclarationView update(UUID id, @Body @Valid DeclarationRequest form, CurrentUser user,
                                  HttpRequest<?> request) {
        if (form.version() == null) {
            throw InvalidInputException.of("version", "Required");
        }
        return view(declarations.update(id, form.version(), form.toDraft(), user), request);
    }

    @Get("/{id}/preview")
    @Secured({Roles.MEMBER, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Preview exactly what will be published", description = "Also says which sides (economy, society, environment) are still missing.")
    public PreviewView preview(UUID id, CurrentUser user, HttpRequest<?> request) {
        DeclarationDetails details = declarations.view(id, user);
        Locale locale = RequestLocale.of(request);
        boolean english = Locale.ENGLISH.equals(locale);
        return new PreviewView(PublicEntryView.of(details, messages, locale),
                details.declaration().version() == null ? 0 : details.declaration().version(),
                details.declaration().status().isEditable() && details.missingSides().isEmpty()
                        && !details.commitments().isEmpty(),
                details.missingSides().stream().map(side -> SideView.of(side, english)).toList(),
                messages.get(locale, "directory.note"));
    }

    @Post("/{id}/submit")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Submit (or resubmit) the previewed version for review")
    public DeclarationView submit(UUID id, @Body @Valid VersionRequest form, CurrentUser user,
                                  HttpRequest<?> request) {
        return view(declarations.submit(id, form.version(), user), request);
    }

    @Post("/{id}/return")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Return a submitted declaration with comments")
    public DeclarationView returnWithComments(UUID id, @Body @Valid ReturnRequest form, CurrentUser user,
                                              HttpRequest<?> request) {
        return view(declarations.returnWith(id, form.comment(), user), request);
    }

    @Post("/{id}/register")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Register a submitted declaration", description = "Assigns SDGs-<FY>-<4 digits>, gap-free per fiscal year, and a term of 3 fiscal years.")
    public DeclarationView register(UUID id, CurrentUser user, HttpRequest<?> request) {
        return view(declarations.register(id, user), request);
    }

    @Post("/{id}/renew")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Renew for another 3 fiscal years", description = "Opens in the last fiscal year of the term.")
    public DeclarationView renew(UUID id, CurrentUser user, HttpRequest<?> request) {
        return view(declarations.renew(id, user), request);
    }

    @Post("/{id}/revoke")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Revoke a registration with a public reason", description = "The entry stays in the directory, flagged.")
    public DeclarationView revoke(UUID id, @Body @Valid RevocationRequest form, CurrentUser user,
                                  HttpRequest<?> request) {
        return view(declarations.revoke(id, form.publicReason(), user), request);
    }

    private static UUID organisationOf(CurrentUser user) {
        try {
            return user.organisationId() == null ? null : UUID.fromString(user.organisationId());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private DeclarationView view(DeclarationDetails details, HttpRequest<?> request) {
        return DeclarationView.of(details, messages, RequestLocale.of(request));
    }
}
