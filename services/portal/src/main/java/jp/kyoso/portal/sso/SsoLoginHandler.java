package jp.kyoso.portal.sso;

import io.micronaut.context.annotation.Secondary;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.portal.audit.AccessRecords;
import jp.kyoso.web.security.KyosoClaims;

/**
 * Ends the identity provider's redirect: on success a single-use code goes to the page in the address's fragment
 * (never sent to a server, so in no log or Referer) and the page exchanges it at {@code POST /sso/token}; on refusal
 * the sign-in screen says why. Every outcome goes to the audit trail like a {@code POST /login}. Secondary, so that
 * {@code POST /login} keeps answering its token as JSON.
 */
@Singleton
@Secondary
class SsoLoginHandler implements RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> {

    private final SignInCodes codes;
    private final AccessRecords access;

    SsoLoginHandler(SignInCodes codes, AccessRecords access) {
        this.codes = codes;
        this.access = access;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        String accountId = (String) authentication.getAttributes().get(KyosoClaims.USER_ID);
        String code = codes.issue(UUID.fromString(accountId));
        access.signIn(request, authentication.getName(), true, accountId, Set.copyOf(authentication.getRoles()),
                null);
        return redirect("/#/sso?code=" + code);
    }

    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String refreshToken,
                                               HttpRequest<?> request) {
        // The portal issues no refresh tokens.
        return HttpResponse.badRequest();
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse response, HttpRequest<?> request) {
        SsoRefusal reason = response instanceof SsoRefused refused ? refused.reason() : SsoRefusal.SSO_REJECTED;
        String username = response instanceof SsoRefused refused ? refused.username() : null;
        return refused(request, reason, username);
    }

    MutableHttpResponse<?> refused(HttpRequest<?> request, SsoRefusal reason, String username) {
        access.signIn(request, username, false, null, Set.of(), reason.name());
        return redirect("/#/login?sso=" + reason.name().toLowerCase(Locale.ROOT));
    }

    private static MutableHttpResponse<?> redirect(String location) {
        return HttpResponse.seeOther(URI.create(location)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
