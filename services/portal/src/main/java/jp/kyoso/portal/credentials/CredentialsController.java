package jp.kyoso.portal.credentials;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import jp.kyoso.portal.sessions.SessionTokens;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;

/**
 * Every user's own credentials: change the password (also the forced change after a generated one), reset a
 * forgotten one through a mailed one-time link, and enrol an authenticator app as a second factor.
 */
@Controller("/accounts")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "accounts")
public class CredentialsController {

    @Serdeable
    public record PasswordChangeRequest(@Nullable String currentPassword, @Nullable String newPassword) {
        @Override
        public String toString() {
            return "PasswordChangeRequest[hidden]";
        }
    }

    @Serdeable
    public record ResetRequest(@Nullable String email) {
    }

    @Serdeable
    public record ResetConfirmation(@Nullable String token, @Nullable String newPassword) {
        @Override
        public String toString() {
            return "ResetConfirmation[hidden]";
        }
    }

    @Serdeable
    public record TotpConfirmation(@Nullable String code) {
    }

    private final Credentials credentials;
    private final SessionTokens tokens;

    public CredentialsController(Credentials credentials, SessionTokens tokens) {
        this.credentials = credentials;
        this.tokens = tokens;
    }

    @Post("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Change the own password (also the forced change after a generated one); answers a new "
            + "token as POST /login does, and every other session of the account ends")
    public AccessRefreshToken changePassword(@Body PasswordChangeRequest request, CurrentUser user) {
        return tokens.issue(credentials.changePassword(userId(user), request.currentPassword(),
                request.newPassword()));
    }

    @Post("/password-reset")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Mail a one-time reset link to the accounts with this address; 202 whether or not any exists")
    public HttpResponse<?> requestReset(@Body ResetRequest request, HttpRequest<?> http) {
        credentials.requestReset(request.email(), RequestLocale.of(http));
        return HttpResponse.accepted();
    }

    @Post("/password-reset/confirm")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Set a new password with the link's token (single use, expires); every session ends")
    public HttpResponse<?> completeReset(@Body ResetConfirmation request) {
        credentials.completeReset(request.token(), request.newPassword());
        return HttpResponse.noContent();
    }

    @Post("/me/totp")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Start enrolling an authenticator app: its key and otpauth:// URI (not in force yet)")
    public HttpResponse<TotpEnrolment> startTotp(CurrentUser user) {
        return HttpResponse.created(credentials.startTotp(userId(user)));
    }

    @Post("/me/totp/confirm")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Confirm the app with one of its codes: from now on sign-in asks for a code (header "
            + "X-Kyoso-Totp); answers a new token")
    public AccessRefreshToken confirmTotp(@Body TotpConfirmation request, CurrentUser user) {
        return tokens.issue(credentials.confirmTotp(userId(user), request.code()));
    }

    private static UUID userId(CurrentUser user) {
        try {
            return UUID.fromString(user.userId());
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            throw new NotFoundException("resource.account", user.userId());
        }
    }
}
