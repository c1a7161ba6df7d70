package jp.kyoso.portal.credentials;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import jp.kyoso.mail.MailOutbox;
import jp.kyoso.mail.OutgoingMail;
import jp.kyoso.portal.account.UserAccount;

/** The reset link through the mail outbox, in the transaction that stored the link's hash (templates in mail/). */
@Singleton
class MailedPasswordReset implements PasswordResetMail {

    static final String KIND = "password-reset";

    private final MailOutbox outbox;
    private final long minutes;

    MailedPasswordReset(MailOutbox outbox,
                        @Value("${kyoso.security.password-reset.lifetime:30m}") Duration lifetime) {
        this.outbox = outbox;
        this.minutes = lifetime.toMinutes();
    }

    @Override
    public void send(UserAccount account, String link, Locale locale) {
        outbox.enqueue(new OutgoingMail(KIND, account.email(), locale.getLanguage(), Map.of("displayName",
                account.displayName(), "username", account.username(), "link", link, "minutes", minutes)));
    }
}
