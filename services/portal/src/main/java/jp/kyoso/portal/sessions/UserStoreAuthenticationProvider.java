package jp.kyoso.portal.sessions;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.Set;
import jp.kyoso.portal.account.UserAccount;
import jp.kyoso.portal.account.UserAccounts;
import jp.kyoso.portal.account.Usernames;
import jp.kyoso.portal.audit.AccessRecords;

/**
 * Checks {@code POST /login} credentials against the portal's user store. Executor-based because both the JDBC
 * lookup and the deliberately slow password hash would otherwise block the event loop. The attributes become
 * claims of the JWT, which is all every other service knows about the user.
 */
@Singleton
public class UserStoreAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    /** The authenticator app's code travels beside Micronaut's username/password login body. */
    public static final String TOTP_HEADER = "X-Kyoso-Totp";

    private final UserAccounts accounts;
    private final AccessRecords access;
    private final SessionTokens sessions;

    public UserStoreAuthenticationProvider(UserAccounts accounts, AccessRecords access, SessionTokens sessions) {
        this.accounts = accounts;
        this.access = access;
        this.sessions = sessions;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                                        @NonNull AuthenticationRequest<String, String> authRequest) {
        LoginResult result = accounts.signIn(authRequest.getIdentity(), authRequest.getSecret(),
                request == null ? null : request.getHeaders().get(TOTP_HEADER));
        if (result instanceof LoginResult.Authenticated authenticated) {
            UserAccount user = authenticated.account();
            access.signIn(request, user.username(), true, user.id().toString(), user.roles(), null);
            return AuthenticationResponse.success(user.username(), user.roles(), sessions.claimsOf(user));
        }
        LoginResult.Reason reason = ((LoginResult.Rejected) result).reason();
        // The name as typed (normalised), so repeated guesses at one account show up together; never the password.
        access.signIn(request, Usernames.normalise(authRequest.getIdentity()), false, null, Set.of(), reason.name());
        return AuthenticationResponse.failure(reason == LoginResult.Reason.DISABLED
                ? AuthenticationFailureReason.USER_DISABLED
                : AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
}
