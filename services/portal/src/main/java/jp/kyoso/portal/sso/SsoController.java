package jp.kyoso.portal.sso;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jp.kyoso.portal.account.UserAccount;
import jp.kyoso.portal.account.UserStore;
import jp.kyoso.portal.sessions.SessionTokens;
import jp.kyoso.web.problem.InvalidInputException;

/**
 * What the sign-in screen needs to offer single sign-on, and the exchange of the code the identity provider's
 * redirect brought for the portal's token. The redirect itself is Micronaut's {@code /oauth/login/oidc} and
 * {@code /oauth/callback/oidc}.
 */
@Controller("/sso")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "sso")
public class SsoController {

    private final SsoSettings settings;
    private final SignInCodes codes;
    private final UserStore store;
    private final SessionTokens tokens;

    SsoController(SsoSettings settings, SignInCodes codes, UserStore store, SessionTokens tokens) {
        this.settings = settings;
        this.codes = codes;
        this.store = store;
        this.tokens = tokens;
    }

    @Get
    @Operation(summary = "Whether single sign-on is configured, where it starts and the button's text")
    public SsoStatus status() {
        return settings.isEnabled()
                ? new SsoStatus(true, "/oauth/login/" + SsoAuthenticationMapper.CLIENT, settings.getLabel())
                : new SsoStatus(false, null, null);
    }

    @Post("/token")
    @Operation(summary = "Exchange the single-use code of a single sign-on for the portal's token, as POST /login "
            + "answers it; an unknown, used or expired code is a field error on code")
    public AccessRefreshToken token(@Body @Valid SsoCodeRequest request) {
        UserAccount account = codes.redeem(request.code()).flatMap(store::findById)
                .filter(found -> !found.disabled())
                .orElseThrow(() -> InvalidInputException.of("code", "sso.code.invalid"));
        return tokens.issue(account);
    }
}
