package jp.kyoso.portal.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.portal.account.DemoUsers;

/**
 * Demo mode only: gives the demo accounts mail addresses (those of co-creation's demo organisations where there is
 * one), after the demo users exist, so the local mailbox shows the mails a demo run causes. An address someone
 * already set is kept.
 */
@Singleton
@Requires(property = "kyoso.demo.enabled", value = "true")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoMailAddresses implements ApplicationEventListener<StartupEvent> {

    static final Map<UUID, String> ADDRESSES = Map.of(
            DemoUsers.ADMIN_ID, "admin@kyoso.example.jp",
            DemoUsers.SECRETARIAT_ID, "secretariat@kyoso.example.jp",
            DemoUsers.STAFF_ID, "staff@city.shinagawa.example.jp",
            DemoUsers.MEMBER_ID, "member@shinagawa-tech.example.jp",
            DemoUsers.MEMBER2_ID, "member2@omori-bayside.example.jp",
            DemoUsers.COMMITTEE1_ID, "committee1@kyoso.example.jp",
            DemoUsers.COMMITTEE2_ID, "committee2@kyoso.example.jp",
            DemoUsers.COMMITTEE3_ID, "committee3@kyoso.example.jp");
    private static final String SET = "update app_user set email = ? where id = ? and email is null";

    private final TransactionOperations<Connection> transactions;

    DemoMailAddresses(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(SET)) {
                for (Map.Entry<UUID, String> address : ADDRESSES.entrySet()) {
                    statement.setString(1, address.getValue());
                    statement.setObject(2, address.getKey());
                    statement.addBatch();
                }
                return statement.executeBatch().length;
            }
        });
    }
}
