package jp.kyoso.portal.account;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import jp.kyoso.events.portal.AccountCreated;
import jp.kyoso.messaging.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the {@link DemoUsers} at start-up, only in demo mode; the bean does not exist otherwise, so a
 * production portal cannot grow accounts with a published password. Existing accounts are left alone.
 */
@Singleton
@Requires(property = "kyoso.demo.enabled", value = "true")
public class DemoUserSeeder implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUserSeeder.class);

    private final UserAccounts accounts;
    private final TransactionOperations<Connection> transactions;
    private final Outbox outbox;
    private final Clock clock;

    public DemoUserSeeder(UserAccounts accounts, TransactionOperations<Connection> transactions, Outbox outbox,
                          Clock clock) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        int created = 0;
        for (NewAccount account : DemoUsers.all()) {
            // Announced like an administrator's creation, so the fund knows the demo committee from the start.
            boolean added = transactions.executeWrite(status -> {
                if (!accounts.createIfAbsent(account)) {
                    return false;
                }
                outbox.append(new AccountCreated(account.id().toString(), account.username(),
                        account.roles().stream().sorted().toList(),
                        account.organisation() == null ? null : account.organisation().id().toString(), true,
                        "demo data", "demo", clock.instant()));
                return true;
            });
            if (added) {
                created++;
            }
        }
        LOG.warn("Demo mode: {} demo user(s) created, {} already present; every demo password is public",
                created, DemoUsers.all().size() - created);
    }
}
