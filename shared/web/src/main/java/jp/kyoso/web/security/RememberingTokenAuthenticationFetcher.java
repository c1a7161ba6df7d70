package jp.kyoso.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * Micronaut's bearer-token authentication, validating each token once and answering its repetitions from
 * {@link ValidatedTokens} until it expires. A repetition also skips the {@link TokenValidatedEvent}, which is published
 * when a token is validated and which nothing in kyoso listens to (building it resolved the request's host and locale
 * on every request).
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
public class RememberingTokenAuthenticationFetcher extends TokenAuthenticationFetcher {

    /** Far more sessions than one replica serves at once; about 1.5 KB each. */
    private static final int CAPACITY = 2_048;

    private final TokenResolver<HttpRequest<?>> tokenResolver;
    private final ValidatedTokens validated = new ValidatedTokens(Clock.systemUTC(), CAPACITY);

    @Inject
    public RememberingTokenAuthenticationFetcher(List<TokenValidator<HttpRequest<?>>> tokenValidators,
                                                 TokenResolver<HttpRequest<?>> tokenResolver,
                                                 ApplicationEventPublisher<TokenValidatedEvent> tokenValidatedEventPublisher,
                                                 HttpHostResolver httpHostResolver,
                                                 HttpLocaleResolver httpLocaleResolver) {
        super(tokenValidators, tokenResolver, tokenValidatedEventPublisher, httpHostResolver, httpLocaleResolver);
        this.tokenResolver = tokenResolver;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        List<String> tokens = tokenResolver.resolveTokens(request);
        if (tokens == null || tokens.size() != 1) {
            return super.fetchAuthentication(request);
        }
        String token = tokens.get(0);
        Optional<Authentication> known = validated.find(token);
        if (known.isPresent()) {
            request.setAttribute(SecurityFilter.TOKEN, token);
            return Publishers.just(known.get());
        }
        return Publishers.then(super.fetchAuthentication(request),
                authentication -> validated.remember(token, authentication));
    }
}
