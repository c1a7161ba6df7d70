package jp.kyoso.portal.sso;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.kyoso.portal.account.UserAccount;
import jp.kyoso.portal.account.UserStore;
import jp.kyoso.portal.account.Usernames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the kyoso account of a person the identity provider vouched for, or opens one on their first sign-in. For a
 * linked account the provider is the source of its roles, department, name and e-mail: they are copied from the
 * claims at every sign-in, so a person moved or removed at the provider is moved or refused here at the next one.
 * Linking is by issuer and subject only, never by e-mail or username, so a provider account cannot take over an
 * existing local account that happens to share an address.
 */
@Singleton
class SsoAccounts {

    /** Not a PBKDF2 encoding, so no password ever verifies against it: the account signs in only through the IdP. */
    static final String NO_PASSWORD = UserAccount.PROVIDER_SIGN_IN_ONLY;
    private static final Logger LOG = LoggerFactory.getLogger(SsoAccounts.class);
    private static final int MAX_USERNAME = 40;

    private final UserStore store;
    private final SsoLinks links;
    private final ClaimMapping mapping;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    SsoAccounts(UserStore store, SsoLinks links, ClaimMapping mapping, TransactionOperations<Connection> transactions,
                Clock clock) {
        this.store = store;
        this.links = links;
        this.mapping = mapping;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a sign-in through the identity provider came to. */
    sealed interface Result {
    }

    record Admitted(UserAccount account) implements Result {
    }

    /** @param account the linked account when there is one, for the audit trail */
    record Refused(SsoRefusal reason, UserAccount account) implements Result {
    }

    Result signIn(SsoIdentity identity) {
        Instant now = clock.instant();
        Optional<UserAccount> linked = links.linkedAccount(identity.issuer(), identity.subject(), now)
                .flatMap(store::findById);
        if (linked.isPresent() && linked.get().disabled()) {
            return new Refused(SsoRefusal.DISABLED, linked.get());
        }
        ClaimMapping.Outcome outcome = mapping.map(identity.claims());
        if (outcome instanceof ClaimMapping.Refused refused) {
            return new Refused(refused.reason(), linked.orElse(null));
        }
        ClaimMapping.Granted granted = (ClaimMapping.Granted) outcome;
        if (linked.isPresent()) {
            return new Admitted(refresh(linked.get(), identity, granted));
        }
        return open(identity, granted);
    }

    private UserAccount refresh(UserAccount account, SsoIdentity identity, ClaimMapping.Granted granted) {
        UserAccount current = new UserAccount(account.id(), account.username(), account.passwordHash(),
                displayName(identity, account.username()), granted.organisation(), granted.roles(),
                account.createdAt(), account.disabled(), identity.email(), account.security());
        if (current.equals(account)) {
            return account;
        }
        if (!current.roles().equals(account.roles())
                || !java.util.Objects.equals(current.organisation(), account.organisation())) {
            // As an administrator's role change does: tokens with the old roles stop working.
            current = current.withSecurity(account.security().nextTokenVersion());
        }
        LOG.info("Account {} updated from the identity provider: roles {}", account.username(), granted.roles());
        return store.update(current);
    }

    private Result open(SsoIdentity identity, ClaimMapping.Granted granted) {
        String username = freeUsername(identity);
        UserAccount account = new UserAccount(UUID.randomUUID(), username, NO_PASSWORD,
                displayName(identity, username), granted.organisation(), granted.roles(), null, false,
                identity.email());
        boolean opened = transactions.executeWrite(status -> store.addIfAbsent(account)
                && links.link(identity.issuer(), identity.subject(), account.id(), status.getConnection())
                || rollback(status));
        if (!opened) {
            // A second sign-in of the same person linked first (or took the username): use what it made.
            return links.linkedAccount(identity.issuer(), identity.subject(), clock.instant()).flatMap(store::findById)
                    .<Result>map(Admitted::new).orElseGet(() -> open(identity, granted));
        }
        LOG.info("Account {} opened for a person of {} with roles {}", username, identity.issuer(), granted.roles());
        return new Admitted(store.findById(account.id()).orElse(account));
    }

    private static boolean rollback(io.micronaut.transaction.TransactionStatus<Connection> status) {
        status.setRollbackOnly();
        return false;
    }

    /** The provider's login without its domain, in the characters sign-up allows, made unique with a suffix. */
    private String freeUsername(SsoIdentity identity) {
        String login = Usernames.normalise(Objects.requireNonNullElse(identity.login(), ""));
        int at = login.indexOf('@');
        String base = (at > 0 ? login.substring(0, at) : login).replaceAll("[^a-z0-9._-]", "-")
                .replaceAll("^[^a-z0-9]+", "");
        if (base.length() < 3) {
            base = "sso";
        }
        base = base.substring(0, Math.min(base.length(), MAX_USERNAME - 5));
        String candidate = base;
        while (store.findByUsername(candidate).isPresent()) {
            candidate = base + "-" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt())
                    .toLowerCase(Locale.ROOT);
        }
        return candidate;
    }

    private static String displayName(SsoIdentity identity, String username) {
        if (identity.displayName() != null && !identity.displayName().isBlank()) {
            return identity.displayName().strip();
        }
        return identity.login() != null && !identity.login().isBlank() ? identity.login().strip() : username;
    }
}
