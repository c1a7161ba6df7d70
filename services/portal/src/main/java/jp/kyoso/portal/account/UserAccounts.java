package jp.kyoso.portal.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import jp.kyoso.portal.credentials.InitialPasswords;
import jp.kyoso.portal.credentials.LoginThrottle;
import jp.kyoso.portal.credentials.PasswordHasher;
import jp.kyoso.portal.credentials.PasswordRules;
import jp.kyoso.portal.credentials.TotpCodes;
import jp.kyoso.portal.sessions.LoginResult;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Signing in against the portal's own user store, and creating accounts in it. */
@Singleton
public class UserAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(UserAccounts.class);
    /** Plain ASCII so a username can be typed on any keyboard and read aloud at a help desk. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    /** As long as co-creation's youth enrolment accepts, so the same nickname passes both. */
    private static final int MAX_NICKNAME = 30;

    private final UserStore store;
    private final PasswordHasher hasher;
    // Checked against when the username is unknown, so that answer takes as long as a wrong password and the
    // response time does not reveal which usernames exist.
    private final String decoyHash;
    private final LoginThrottle throttle;
    private final TotpCodes totp;
    private final Clock clock;

    public UserAccounts(UserStore store, PasswordHasher hasher, LoginThrottle throttle, TotpCodes totp, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.throttle = throttle;
        this.totp = totp;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy-" + java.util.UUID.randomUUID());
    }

    /**
     * Signs in, refusing a username with too many recent failures; every outcome is logged for the audit.
     *
     * @param totpCode the authenticator app's code, needed once the person enrolled one; null otherwise
     */
    public LoginResult signIn(String username, String password, String totpCode) {
        String name = Usernames.normalise(username);
        if (throttle.isLocked(name, clock.instant())) {
            LOG.warn("Sign-in refused for {}: too many recent failures", name);
            return new LoginResult.Rejected(LoginResult.Reason.THROTTLED);
        }
        LoginResult result = check(name, password, totpCode);
        if (result instanceof LoginResult.Authenticated) {
            throttle.succeeded(name);
            LOG.info("Sign-in succeeded for {}", name);
        } else {
            throttle.failed(name, clock.instant());
            LOG.info("Sign-in failed for {}", name);
        }
        return result;
    }

    private LoginResult check(String name, String password, String totpCode) {
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
        if (account.security().totpEnabled()
                && !totp.matches(account.security().totpSecret(), totpCode, clock.instant())) {
            return new LoginResult.Rejected(LoginResult.Reason.SECOND_FACTOR);
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
                request.displayName(), request.organisation(), request.roles(), null, false, null);
        return store.addIfAbsent(account);
    }

    /**
     * A person signs up on their own: the account has no role and no organisation until they accept an
     * invitation of one ({@link #join}). Every broken rule is reported at once, and nothing is stored then.
     */
    public UserAccount signUp(SignUp request) {
        String username = Usernames.normalise(request.username());
        List<FieldErrorKey> errors = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldErrorKey("username", "account.username.invalid"));
        }
        PasswordRules.violations(username, request.password())
                .forEach(code -> errors.add(new FieldErrorKey("password", code, PasswordRules.MIN_LENGTH)));
        if (errors.isEmpty() && store.findByUsername(username).isPresent()) {
            errors.add(new FieldErrorKey("username", "account.username.taken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UserAccount account = new UserAccount(UUID.randomUUID(), username, hasher.hash(request.password()),
                request.displayName().strip(), null, Set.of(), null, false, request.email().strip());
        if (!store.addIfAbsent(account)) {
            // Someone took the name between the check and the insert.
            throw InvalidInputException.of("username", "account.username.taken");
        }
        LOG.info("Account {} signed up", username);
        return account;
    }

    /**
     * The secretariat creates a student's account: role YOUTH, no organisation, the nickname as display name (a
     * minor's real name never reaches a token), and a generated one-time password handed over once. Username
     * rules and field errors are those of {@link #signUp}; nothing is stored on error.
     */
    public CreatedAccount createYouth(String requestedUsername, String nickname, String createdBy) {
        List<FieldErrorKey> errors = new ArrayList<>();
        if (nickname == null || nickname.isBlank()) {
            errors.add(new FieldErrorKey("nickname", "account.nickname.required"));
        } else if (nickname.strip().codePointCount(0, nickname.strip().length()) > MAX_NICKNAME) {
            errors.add(new FieldErrorKey("nickname", "account.nickname.tooLong", MAX_NICKNAME));
        }
        CreatedAccount created = createWithInitialPassword(requestedUsername,
                nickname == null ? "" : nickname.strip(), null, Set.of(Roles.YOUTH), null, errors);
        LOG.info("Youth account {} created by {}", created.account().username(), createdBy);
        return created;
    }

    /**
     * Creates an account for someone else with a generated one-time password that must be changed at the first
     * sign-in. The username's errors join {@code errors} (the caller's own checks); nothing is stored if any.
     */
    public CreatedAccount createWithInitialPassword(String requestedUsername, String displayName,
                                                    Organisation organisation, Set<String> roles, String email,
                                                    List<FieldErrorKey> errors) {
        String username = Usernames.normalise(requestedUsername);
        List<FieldErrorKey> all = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            all.add(new FieldErrorKey("username", "account.username.invalid"));
        } else if (store.findByUsername(username).isPresent()) {
            all.add(new FieldErrorKey("username", "account.username.taken"));
        }
        all.addAll(errors);
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        String password = InitialPasswords.generate(username);
        UserAccount account = new UserAccount(UUID.randomUUID(), username, hasher.hash(password), displayName,
                organisation, roles, null, false, email, AccountSecurity.initialPassword());
        if (!store.addIfAbsent(account)) {
            throw InvalidInputException.of("username", "account.username.taken");
        }
        return new CreatedAccount(account, password);
    }

    /** Records that the account's person joined {@code organisation}; the next token carries it and MEMBER. */
    public UserAccount join(UUID accountId, Organisation organisation) {
        UserAccount account = store.findById(accountId)
                .orElseThrow(() -> new NotFoundException("resource.account", accountId));
        if (account.organisation() != null && !account.organisation().id().equals(organisation.id())) {
            // The token carries one organisation; a person acting for two needs a second account.
            throw new ConflictException("account.otherOrganisation", account.organisation().name());
        }
        UserAccount joined = store.update(account.joining(organisation));
        LOG.info("Account {} joined organisation {}", joined.username(), organisation.id());
        return joined;
    }

    public Optional<UserAccount> find(UUID accountId) {
        return store.findById(accountId);
    }
}
