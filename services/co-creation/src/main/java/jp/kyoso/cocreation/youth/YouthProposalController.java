package jp.kyoso.cocreation.youth;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import jp.kyoso.cocreation.profile.AuthoredIdea;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Youth policy proposals. Public endpoints show students only by nickname and school year; the participants list
 * with real names and contacts is the secretariat's alone.
 */
@Controller("/api/cocreation/youth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Youth policy proposals")
@SerdeImport(YouthPersonalData.class)
@SerdeImport(YouthPersonalData.Idea.class)
@SerdeImport(YouthPersonalData.Comment.class)
public class YouthProposalController {

    private final YouthProposalService youth;
    private final YouthPersonalDataService personalData;

    public YouthProposalController(YouthProposalService youth, YouthPersonalDataService personalData) {
        this.youth = youth;
        this.personalData = personalData;
    }

    @Post("/participants")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Enrol a student's YOUTH account (secretariat)")
    public HttpResponse<YouthParticipantView> enrol(@Body @Valid YouthEnrolmentRequest enrolment, CurrentUser user) {
        YouthParticipant participant = youth.enrol(enrolment.toCommand(), user);
        return HttpResponse.created(YouthParticipantView.of(participant),
                URI.create("/api/cocreation/youth/participants/" + participant.id()));
    }

    @Get("/participants")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Enrolled students with their private details (secretariat only)")
    public PageResponse<YouthParticipantView> participants(PageRequest paging) {
        Page<YouthParticipant> found = youth.participants(
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.asc("createdAt"))));
        return PageResponse.of(found.getContent().stream().map(YouthParticipantView::of).toList(), paging,
                found.getTotalSize());
    }

    @Get("/participants/{id}/personal-data")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN, Roles.YOUTH})
    @Operation(summary = "Everything held about a student: enrolment with real name and guardian contact, ideas, "
            + "comments received (the student themself, the secretariat or an administrator)")
    public YouthPersonalData personalData(UUID id, CurrentUser user) {
        return personalData.export(id, user);
    }

    @Post("/participants/{id}/erase")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN, Roles.YOUTH})
    @Operation(summary = "Erase a student: the nickname becomes a pseudonym, real name and guardian contact go, "
            + "ideas stay under the pseudonym (YouthParticipantErased); the student themself, the secretariat or an "
            + "administrator")
    public YouthErasureView erase(UUID id, CurrentUser user) {
        YouthPersonalDataService.Erasure erasure = personalData.erase(id, user);
        return new YouthErasureView(erasure.participantId(), erasure.pseudonym(), erasure.erasedNow());
    }

    /** The old path of {@link #erase}, accepted until the next release. */
    @Deprecated
    @Post("/participants/{id}/erasure")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN, Roles.YOUTH})
    @Operation(summary = "Old path of POST /youth/participants/{id}/erase, accepted until the next release",
            deprecated = true)
    public YouthErasureView erasure(UUID id, CurrentUser user) {
        return erase(id, user);
    }

    @Post("/themes")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Open a theme for ideas (secretariat)")
    public HttpResponse<YouthThemeView> createTheme(@Body @Valid YouthThemeRequest theme, CurrentUser user) {
        YouthTheme created = youth.createTheme(theme.title(), theme.description(), user);
        return HttpResponse.created(YouthThemeView.of(created),
                URI.create("/api/cocreation/youth/themes/" + created.id()));
    }

    @Post("/themes/{id}/close")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Stop accepting ideas on a theme (secretariat)")
    public YouthThemeView closeTheme(UUID id) {
        return YouthThemeView.of(youth.closeTheme(id));
    }

    @Get("/themes")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Themes, newest first (public)")
    public PageResponse<YouthThemeView> themes(PageRequest paging) {
        Page<YouthTheme> found = youth.themes(
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("createdAt"))));
        return PageResponse.of(found.getContent().stream().map(YouthThemeView::of).toList(), paging,
                found.getTotalSize());
    }

    @Get("/themes/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One theme (public)")
    public YouthThemeView theme(UUID id) {
        return YouthThemeView.of(youth.theme(id));
    }

    @Post("/themes/{id}/ideas")
    @Secured(Roles.YOUTH)
    @Operation(summary = "Submit an idea on an open theme (enrolled students)")
    public HttpResponse<YouthIdeaView> submit(UUID id, @Body @Valid YouthIdeaRequest idea, CurrentUser user,
                                              HttpRequest<?> request) {
        AuthoredIdea submitted = youth.submit(id, idea.title(), idea.body(), user);
        return HttpResponse.created(view(submitted, request),
                URI.create("/api/cocreation/youth/ideas/" + submitted.idea().id()));
    }

    @Get("/themes/{id}/ideas")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Ideas on a theme; authors shown only by nickname and school year (public)")
    public PageResponse<YouthIdeaView> ideas(UUID id, PageRequest paging, HttpRequest<?> request) {
        Page<AuthoredIdea> found = youth.ideas(id,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("submittedAt"))));
        return PageResponse.of(found.getContent().stream().map(i -> view(i, request)).toList(), paging,
                found.getTotalSize());
    }

    @Get("/ideas/mine")
    @Secured(Roles.YOUTH)
    @Operation(summary = "The calling student's own ideas")
    public PageResponse<YouthIdeaView> mine(PageRequest paging, CurrentUser user, HttpRequest<?> request) {
        Page<AuthoredIdea> found = youth.mine(user,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("submittedAt"))));
        return PageResponse.of(found.getContent().stream().map(i -> view(i, request)).toList(), paging,
                found.getTotalSize());
    }

    @Get("/ideas/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "One idea (public)")
    public YouthIdeaView idea(UUID id, HttpRequest<?> request) {
        return view(youth.idea(id), request);
    }

    @Post("/ideas/{id}/comments")
    @Secured({Roles.STAFF, Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Comment on an idea as a mentor; the student is notified")
    public HttpResponse<YouthCommentView> comment(UUID id, @Body @Valid YouthCommentRequest comment,
                                                  CurrentUser user) {
        YouthIdeaComment created = youth.comment(id, comment.body(), user);
        return HttpResponse.created(YouthCommentView.of(created),
                URI.create("/api/cocreation/youth/ideas/" + id + "/comments"));
    }

    @Get("/ideas/{id}/comments")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Mentors' comments: for the idea's author, mentors and the secretariat")
    public PageResponse<YouthCommentView> comments(UUID id, PageRequest paging, CurrentUser user) {
        Page<YouthIdeaComment> found = youth.comments(id, user,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.asc("createdAt"))));
        return PageResponse.of(found.getContent().stream().map(YouthCommentView::of).toList(), paging,
                found.getTotalSize());
    }

    @Post("/ideas/{id}/present")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Record that the idea was presented to the mayor, with the outcome (secretariat)")
    public YouthIdeaView present(UUID id, @Body @Valid PresentationRequest presentation, CurrentUser user,
                                 HttpRequest<?> request) {
        return view(youth.present(id, presentation.outcome(), user), request);
    }

    /** The old path of {@link #present}, accepted until the next release. */
    @Deprecated
    @Post("/ideas/{id}/presentation")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Old path of POST /youth/ideas/{id}/present, accepted until the next release",
            deprecated = true)
    public YouthIdeaView presentation(UUID id, @Body @Valid PresentationRequest presentation, CurrentUser user,
                                      HttpRequest<?> request) {
        return present(id, presentation, user, request);
    }

    private static YouthIdeaView view(AuthoredIdea idea, HttpRequest<?> request) {
        return YouthIdeaView.of(idea, Locale.ENGLISH.equals(RequestLocale.of(request)));
    }
}
