package jp.kyoso.portal.account;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.events.portal.AccountCreated;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.portal.credentials.PasswordHasher;
import jp.kyoso.portal.credentials.PasswordRules;
import jp.kyoso.web.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first administrator of a production start, from {@code KYOSO_BOOTSTRAP_ADMIN_USERNAME} and
 * {@code KYOSO_BOOTSTRAP_ADMIN_PASSWORD} (environment only: a password in a file is refused at start). Runs once
 * per database: the {@code admin_bootstrap} row it writes with the account makes every later start with the
 * variables still set log a warning and change nothing. The password works only to choose a new one at the first
 * sign-in, so the value left in the environment is worthless afterwards. A password the rules refuse stops the start.
 */
@Singleton
@Requires(property = "kyoso.bootstrap.admin.username")
public class AdminBootstrap implements ApplicationEventListener<StartupEvent> {

    static final String BY = "bootstrap";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final TransactionOperations<Connection> transactions;
    private final UserStore store;
    private final PasswordHasher hasher;
    private final Outbox outbox;
    private final Clock clock;
    private final String username;
    private final String password;
    private final String displayName;
    private final String email;

    public AdminBootstrap(TransactionOperations<Connection> transactions, UserStore store, PasswordHasher hasher,
                          Outbox outbox, Clock clock,
                          @Value("${kyoso.bootstrap.admin.username:}") String username,
                          @Value("${kyoso.bootstrap.admin.password:}") String password,
                          @Value("${kyoso.bootstrap.admin.display-name:システム管理者}") String displayName,
                          @Value("${kyoso.bootstrap.admin.email:}") String email) {
        this.transactions = transactions;
        this.store = store;
        this.hasher = hasher;
        this.outbox = outbox;
        this.clock = clock;
        this.username = Usernames.normalise(username);
        this.password = password;
        this.displayName = displayName;
        this.email = email.isBlank() ? null : email.strip();
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        List<String> broken = PasswordRules.violations(username, password);
        if (!broken.isEmpty()) {
            throw new ConfigurationException("KYOSO_BOOTSTRAP_ADMIN_PASSWORD is not usable (" + broken
                    + "): at least " + PasswordRules.MIN_LENGTH + " characters, without the username, not a common one");
        }
        boolean created = transactions.executeWrite(status -> {
            if (bootstrapped(status.getConnection())) {
                return false;
            }
            if (store.findByUsername(username).isPresent()) {
                throw new ConfigurationException("KYOSO_BOOTSTRAP_ADMIN_USERNAME " + username + " is taken");
            }
            UserAccount admin = new UserAccount(UUID.randomUUID(), username, hasher.hash(password), displayName,
                    null, Set.of(Roles.ADMIN), null, false, email, AccountSecurity.initialPassword());
            store.addIfAbsent(admin);
            // The primary key admits one row: a second replica bootstrapping at the same moment rolls back here.
            try (PreparedStatement insert = status.getConnection().prepareStatement(
                    "insert into admin_bootstrap (user_id) values (?)")) {
                insert.setObject(1, admin.id());
                insert.executeUpdate();
            }
            outbox.append(new AccountCreated(admin.id().toString(), admin.username(), List.of(Roles.ADMIN), null,
                    true, "first administrator (bootstrap)", BY, clock.instant()));
            return true;
        });
        if (created) {
            LOG.warn("Bootstrap: first administrator {} created; its password must be changed at the first sign-in. "
                    + "Remove KYOSO_BOOTSTRAP_ADMIN_* from the environment.", username);
        } else {
            LOG.warn("Bootstrap refused: the first administrator was created before; KYOSO_BOOTSTRAP_ADMIN_* is "
                    + "ignored and can be removed from the environment.");
        }
    }

    private static boolean bootstrapped(Connection connection) throws java.sql.SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from admin_bootstrap");
             ResultSet result = query.executeQuery()) {
            return result.next();
        }
    }
}
