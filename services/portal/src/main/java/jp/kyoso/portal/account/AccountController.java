package jp.kyoso.portal.account;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.portal.gateway.GatewayProblems;
import jp.kyoso.portal.sessions.SessionTokens;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Self-service accounts: a person of a newly approved organisation signs up (no role yet), signs in, and accepts
 * the invitation co-creation's approval sent with its one-time code; from then on their token names the
 * organisation and the MEMBER role. The portal keeps accounts; co-creation keeps rosters.
 */
@Controller("/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "accounts")
public class AccountController {

    private final UserAccounts accounts;
    private final InvitationAcceptance invitations;
    private final SessionTokens tokens;
    private final GatewayProblems problems;

    public AccountController(UserAccounts accounts, InvitationAcceptance invitations,
                             SessionTokens tokens, GatewayProblems problems) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.tokens = tokens;
        this.problems = problems;
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Sign up: an account without role or organisation until an invitation is accepted")
    public HttpResponse<AccountView> signUp(@Body @Valid SignUpRequest request) {
        UserAccount account = accounts.signUp(request.toSignUp());
        return HttpResponse.created(AccountView.of(account), URI.create("/accounts/me"));
    }

    @Post("/youth")
    @Secured({Roles.SECRETARIAT, Roles.ADMIN})
    @Operation(summary = "Create a student's YOUTH account (secretariat): display name = nickname, no organisation; "
            + "the answer carries a generated one-time initial password, shown only this once")
    public HttpResponse<YouthAccountView> createYouth(@Body @Valid YouthAccountRequest request, CurrentUser user) {
        CreatedAccount created = accounts.createYouth(request.username(), request.nickname(), user.username());
        return HttpResponse.created(YouthAccountView.of(created), URI.create("/accounts/" + created.account().id()));
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The signed-in person's account, with the organisation it acts for")
    public AccountView me(CurrentUser user) {
        return AccountView.of(account(user));
    }

    @Post("/me/invitations/{id}/accept")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Accept an organisation's invitation (forwarded to co-creation with the caller's token); "
            + "answers a new token that names the organisation, as POST /login does")
    public HttpResponse<?> accept(UUID id, @Body @Valid AcceptInvitationRequest acceptance, CurrentUser user,
                                  HttpRequest<?> request) {
        UserAccount account = account(user);
        String bearer = request.getHeaders().getAuthorization().map(value -> value.replaceFirst("(?i)^Bearer\\s+", ""))
                .orElseThrow();
        Organisation organisation;
        try {
            organisation = invitations.accept(id, acceptance.code(), bearer,
                    request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (InvitationAcceptance.Refused refused) {
            // Co-creation's problem+json is already in the caller's language and names the field (code).
            return HttpResponse.status(HttpStatus.valueOf(refused.status()))
                    .contentType(MediaType.of(refused.contentType())).body(refused.body());
        } catch (InvitationAcceptance.Unreachable unreachable) {
            return problems.upstreamFailed(request, "cocreation", false);
        }
        UserAccount joined = accounts.join(account.id(), organisation);
        return HttpResponse.ok(tokens.issue(joined));
    }

    private UserAccount account(CurrentUser user) {
        // The portal's own tokens carry the account id; a token of another issuer's making may carry anything.
        return accountId(user.userId()).flatMap(accounts::find)
                .orElseThrow(() -> new NotFoundException("resource.account", user.userId()));
    }

    private static Optional<UUID> accountId(String userId) {
        try {
            return userId == null ? Optional.empty() : Optional.of(UUID.fromString(userId));
        } catch (IllegalArgumentException notAnAccountId) {
            return Optional.empty();
        }
    }
}
