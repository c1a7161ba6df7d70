package jp.kyoso.portal.application;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
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

    public DemoUserSeeder(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        int created = 0;
        for (NewAccount account : DemoUsers.all()) {
            if (accounts.createIfAbsent(account)) {
                created++;
            }
        }
        LOG.warn("Demo mode: {} demo user(s) created, {} already present; every demo password is public",
                created, DemoUsers.all().size() - created);
    }
}
