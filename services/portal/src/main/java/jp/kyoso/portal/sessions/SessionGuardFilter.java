package jp.kyoso.portal.sessions;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.web.i18n.Messages;
import jp.kyoso.web.i18n.RequestLocale;
import jp.kyoso.web.problem.Problem;
import jp.kyoso.web.security.KyosoClaims;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Ends sessions early and holds back sessions with a pending action, for the portal's own endpoints and for every
 * call it relays (so before the gateway). The token is only read here, not verified: this filter can only refuse,
 * and a forged token that it lets through is refused by the security filter or by the service behind the gateway.
 *
 * <p>A token of a deactivated account or of an older token version: 401 {@code session-ended}. A token with a
 * pending action (a password to change, an authenticator to enrol) reaches only the endpoints that settle it: 403
 * {@code pending-action} elsewhere, so no other screen works until it is done.
 */
@Filter("/**")
public class SessionGuardFilter implements HttpServerFilter {

    private static final String BEARER = "Bearer ";
    /** What a session with a pending action may still call: its account and the calls that settle the action. */
    private static final Set<String> SETTLING = Set.of("GET /accounts/me", "POST /accounts/me/password",
            "POST /accounts/me/totp", "POST /accounts/me/totp/confirm");
    /** Calls that never act on a session, so an old token sent along (the page still held one) changes nothing. */
    private static final Set<String> SESSIONLESS = Set.of("POST /login", "POST /accounts/password-reset",
            "POST /accounts/password-reset/confirm");

    private final RevokedSessions revoked;
    private final Messages messages;

    public SessionGuardFilter(RevokedSessions revoked, Messages messages) {
        this.revoked = revoked;
        this.messages = messages;
    }

    @Override
    public int getOrder() {
        // Before the gateway (which relays at SECURITY.before()) and before the security filter.
        return ServerFilterPhase.SECURITY.before() - 10;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return chain.proceed(request);
        }
        String call = request.getMethod() + " " + request.getPath().replaceAll("/+$", "");
        if (SESSIONLESS.contains(call)) {
            return chain.proceed(request);
        }
        JWTClaimsSet claims;
        UUID userId;
        try {
            claims = SignedJWT.parse(header.substring(BEARER.length()).strip()).getJWTClaimsSet();
            userId = UUID.fromString(claims.getStringClaim(KyosoClaims.USER_ID));
        } catch (ParseException | IllegalArgumentException | NullPointerException notOurs) {
            // Not a token of the portal's making: the security filter and the services judge it.
            return chain.proceed(request);
        }
        if (revoked.isRevoked(userId, tokenVersion(claims))) {
            return Mono.just(problem(request, HttpStatus.UNAUTHORIZED, "session-ended"));
        }
        if (!pending(claims).isEmpty() && !SETTLING.contains(call) && request.getMethod() != HttpMethod.OPTIONS) {
            return Mono.just(problem(request, HttpStatus.FORBIDDEN, "pending-action"));
        }
        return chain.proceed(request);
    }

    private static int tokenVersion(JWTClaimsSet claims) {
        Object version = claims.getClaim(SessionClaims.TOKEN_VERSION);
        return version instanceof Number number ? number.intValue() : 0;
    }

    private static List<Object> pending(JWTClaimsSet claims) {
        Object pending = claims.getClaim(SessionClaims.PENDING);
        return pending instanceof List<?> list ? List.copyOf(list) : List.of();
    }

    private MutableHttpResponse<Problem> problem(HttpRequest<?> request, HttpStatus status, String code) {
        Locale locale = RequestLocale.of(request);
        Problem problem = new Problem(Problem.type(code), messages.get(locale, "problem." + code + ".title"),
                status.getCode(), messages.get(locale, "problem." + code + ".detail"), request.getPath(), List.of());
        return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
