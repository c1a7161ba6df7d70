package jp.kyoso.portal.sso;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * When the ID token fails validation (wrong issuer or audience, bad signature, nonce or expiry), Micronaut's OAuth
 * controller answers a bare 401 without calling the login handler. A person arriving from the identity provider
 * should land on the sign-in screen with a message instead, and the refusal belongs in the audit trail.
 */
@ServerFilter("/oauth/callback/**")
class RejectedCallbackFilter {

    private final SsoLoginHandler handler;

    RejectedCallbackFilter(SsoLoginHandler handler) {
        this.handler = handler;
    }

    @ResponseFilter
    MutableHttpResponse<?> filter(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getStatus() != HttpStatus.UNAUTHORIZED) {
            return response;
        }
        return handler.refused(request, SsoRefusal.SSO_REJECTED, null);
    }
}
