package jp.kyoso.portal.audit;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import jp.kyoso.web.correlation.RequestCorrelation;
import jp.kyoso.web.security.CurrentUser;
import reactor.core.publisher.Mono;

/**
 * Turns what the portal sees of a request into access records for the {@link AccessLog}. Reads only the method,
 * path (never the query, which may carry search text), status, client address and request id. The caller is taken
 * from the bearer token only once the token verifies, so a forged token cannot put words in someone's mouth; the
 * verification runs on the log's writer thread, and the token itself is never stored.
 */
@Singleton
public class AccessRecords {

    private static final String BEARER = "Bearer ";
    private static final Duration VERIFY_TIMEOUT = Duration.ofSeconds(5);

    private final AccessLog log;
    private final List<TokenValidator<HttpRequest<?>>> validators;
    private final Clock clock;

    AccessRecords(AccessLog log, List<TokenValidator<HttpRequest<?>>> validators, Clock clock) {
        this.log = log;
        this.validators = validators;
        this.clock = clock;
    }

    /** A call the gateway relayed (or refused) and the status it answered with. */
    public void apiCall(HttpRequest<?> request, Instant at, int status) {
        String token = bearerToken(request);
        String method = request.getMethodName();
        String path = request.getUri().getRawPath();
        String client = clientAddress(request);
        String requestId = RequestCorrelation.of(request).orElse(null);
        log.record(() -> {
            Optional<CurrentUser> caller = token == null ? Optional.empty() : verify(token);
            return new AccessRecord(at, AccessKind.API, caller.map(CurrentUser::userId).orElse(null),
                    caller.map(CurrentUser::username).orElse(null), caller.map(CurrentUser::roles).orElse(Set.of()),
                    method, path, status, null, client, requestId);
        });
    }

    /** A sign-in: the user's id and roles when it succeeded, the reason when it failed. */
    public void signIn(HttpRequest<?> request, String username, boolean succeeded, String userId, Set<String> roles,
                String reason) {
        Instant at = clock.instant();
        String method = request == null ? "POST" : request.getMethodName();
        String path = request == null ? "/login" : request.getUri().getRawPath();
        String client = request == null ? null : clientAddress(request);
        String requestId = request == null ? null : RequestCorrelation.of(request).orElse(null);
        Supplier<AccessRecord> recipe = () -> new AccessRecord(at,
                succeeded ? AccessKind.LOGIN_SUCCEEDED : AccessKind.LOGIN_FAILED, userId, username, roles, method,
                path, succeeded ? 200 : 401, reason, client, requestId);
        log.record(recipe);
    }

    public Instant now() {
        return clock.instant();
    }

    private Optional<CurrentUser> verify(String token) {
        for (TokenValidator<HttpRequest<?>> validator : validators) {
            Optional<Authentication> authentication = Mono.from(validator.validateToken(token, null))
                    .blockOptional(VERIFY_TIMEOUT);
            if (authentication.isPresent()) {
                return authentication.map(CurrentUser::from);
            }
        }
        return Optional.empty();
    }

    private static String bearerToken(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
    }

    private static String clientAddress(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
    }
}
