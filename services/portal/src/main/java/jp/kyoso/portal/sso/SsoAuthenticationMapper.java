package jp.kyoso.portal.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import jp.kyoso.portal.account.UserAccount;
import jp.kyoso.portal.account.Usernames;
import jp.kyoso.portal.sessions.SessionTokens;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Called by Micronaut's OpenID client once the ID token is validated (signature against the provider's keys,
 * issuer, audience, nonce, expiry): finds or opens the person's kyoso account and answers the same user and claims
 * {@code POST /login} would, so the portal's own token is all any service ever sees.
 */
@Singleton
@Named(SsoAuthenticationMapper.CLIENT)
class SsoAuthenticationMapper implements OpenIdAuthenticationMapper {

    /** The client's name under micronaut.security.oauth2.clients, hence the /oauth/login/oidc route. */
    static final String CLIENT = "oidc";

    private final SsoAccounts accounts;
    private final SessionTokens sessionTokens;
    private final Scheduler blocking;

    SsoAuthenticationMapper(SsoAccounts accounts, SessionTokens sessionTokens,
                            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.accounts = accounts;
        this.sessionTokens = sessionTokens;
        this.blocking = Schedulers.fromExecutorService(executor);
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName,
                                                                         OpenIdTokenResponse tokenResponse,
                                                                         OpenIdClaims claims,
                                                                         @Nullable State state) {
        // JDBC: off the event loop.
        return Mono.fromCallable(() -> respond(claims)).subscribeOn(blocking);
    }

    private AuthenticationResponse respond(OpenIdClaims claims) {
        String login = claims.getPreferredUsername() != null ? claims.getPreferredUsername() : claims.getEmail();
        SsoIdentity identity = new SsoIdentity(claims.getIssuer(), claims.getSubject(), login, claims.getName(),
                claims.getEmail(), claims.getClaims());
        SsoAccounts.Result result = accounts.signIn(identity);
        if (result instanceof SsoAccounts.Admitted admitted) {
            UserAccount account = admitted.account();
            return AuthenticationResponse.success(account.username(), account.roles(),
                    sessionTokens.claimsOf(account));
        }
        SsoAccounts.Refused refused = (SsoAccounts.Refused) result;
        return new SsoRefused(refused.reason(), refused.account() != null ? refused.account().username()
                : Usernames.normalise(login));
    }
}
