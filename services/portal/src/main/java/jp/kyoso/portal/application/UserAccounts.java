package jp.kyoso.portal.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import jp.kyoso.portal.domain.LoginThrottle;
import jp.kyoso.portal.domain.PasswordHasher;
import jp.kyoso.portal.domain.UserAccount;
import jp.kyoso.portal.domain.UserStore;
import jp.kyoso.portal.domain.Usernames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Signing in against the portal's own user store, and creating accounts in it. */
@Singleton
public class UserAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(UserAccounts.class);

    private final UserStore store;
    private final PasswordHasher hasher;
    // Checked against when the username is unknown, so that answer takes as long as a wrong password and the
    // response time does not reveal which usernames exist.
    private final String decoyHash;
    private final LoginThrottle throttle;
    private final Clock clock;

    public UserAccounts(UserStore store, PasswordHasher hasher, LoginThrottle throttle, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy-" + java.util.UUID.randomUUID());
    }

    /** Signs in, refusing a username with too many recent failures; every outcome is logged for the audit. */
    public LoginResult signIn(String username, String password) {
        String name = Usernames.normalise(username);
        if (throttle.isLocked(name, clock.instant())) {
            LOG.warn("Sign-in refused for {}: too many recent failures", name);
            return new LoginResult.Rejected(LoginResult.Reason.THROTTLED);
        }
        LoginResult result = check(name, password);
        if (result instanceof LoginResult.Authenticated) {
            throttle.succeeded(name);
            LOG.info("Sign-in succeeded for {}", name);
        } else {
            throttle.failed(name, clock.instant());
            LOG.info("Sign-in failed for {}", name);
        }
        return result;
    }

    private LoginResult check(String name, String password) {
        Optional<UserAccount> found = store.findByUsername(name);
        if (found.isEmpty()) {
            hasher.verify(password, decoyHash);
            return new LoginResult.Rejected(LoginResult.Reason.BAD_CREDENTIALS);
        }
        UserAccount account = found.get();
        if (!hasher.verify(password, account.passwordHash())) {
            return new LoginResult.Rejected(LoginResult.Reason.BAD_CREDENTIALS);
        }
        if (account.disabled()) {
            return new LoginResult.Rejected(LoginResult.Reason.DISABLED);
        }
        if (hasher.needsRehash(account.passwordHash())) {
            // The only moment the clear password is at hand, so the only chance to move to today's work factor.
            String upgraded = hasher.hash(password);
            store.changePasswordHash(account.id(), upgraded);
            account = account.withPasswordHash(upgraded);
        }
        return new LoginResult.Authenticated(account);
    }

    /** @return false when the username or id already exists; nothing is changed then */
    public boolean createIfAbsent(NewAccount request) {
        String username = Usernames.normalise(request.username());
        if (store.findByUsername(username).isPresent()) {
            // Saves a deliberately slow hash on every restart of a seeded system.
            return false;
        }
        UserAccount account = new UserAccount(request.id(), username, hasher.hash(request.password()),
                request.displayName(), request.organisation(), request.roles(), null, false);
        return store.addIfAbsent(account);
    }
}
