package jp.kyoso.portal.sso;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * When the ID token fails validation (wrong issuer or audience, bad signature, nonce or expiry), Micronaut's OAuth
 * controller answers a bare 401 without calling the login handler, and a token request the provider refuses (a
 * reloaded callback whose code was used) ends in an error status. A person arriving from the identity provider should
 * land on the sign-in screen with a message instead, and the refusal belongs in the audit trail.
 */
@ServerFilter("/oauth/callback/**")
class RejectedCallbackFilter {

    private final SsoLoginHandler handler;

    RejectedCallbackFilter(SsoLoginHandler handler) {
        this.handler = handler;
    }

    @ResponseFilter
    MutableHttpResponse<?> filter(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getStatus().getCode() < HttpStatus.BAD_REQUEST.getCode()) {
            return response;
        }
        return handler.refused(request, SsoRefusal.SSO_REJECTED, null);
    }
}
