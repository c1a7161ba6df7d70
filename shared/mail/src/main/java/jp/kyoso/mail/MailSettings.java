package jp.kyoso.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Where and how mails leave ({@code kyoso.mail.*}, in production from the environment: {@code KYOSO_MAIL_SMTP_HOST},
 * {@code KYOSO_MAIL_SMTP_PORT}, {@code KYOSO_MAIL_SMTP_TLS} = {@code none}, {@code starttls} or {@code ssl},
 * {@code KYOSO_MAIL_SMTP_USERNAME}, {@code KYOSO_MAIL_SMTP_PASSWORD}, {@code KYOSO_MAIL_FROM}). A failed send is
 * tried again after {@code retry-backoff}, doubled per attempt up to {@code max-backoff}.
 */
@ConfigurationProperties("kyoso.mail")
public record MailSettings(
        @Bindable(defaultValue = "true") boolean relayEnabled,
        @Bindable(defaultValue = "noreply@kyoso.localhost") String from,
        @Bindable(defaultValue = "localhost") String smtpHost,
        @Bindable(defaultValue = "25") int smtpPort,
        @Bindable(defaultValue = "none") String smtpTls,
        @Nullable String smtpUsername,
        @Nullable String smtpPassword,
        @Bindable(defaultValue = "10s") Duration smtpTimeout,
        @Bindable(defaultValue = "50") int relayBatchSize,
        @Bindable(defaultValue = "1s") Duration relayIdleDelay,
        @Bindable(defaultValue = "1s") Duration retryBackoff,
        @Bindable(defaultValue = "5m") Duration maxBackoff,
        @Bindable(defaultValue = "30d") Duration sentRetention) {

    /** The pause before attempt {@code attempts + 1}: the back-off doubled per failed attempt, never above the cap. */
    public Duration backoffAfter(int attempts) {
        Duration pause = retryBackoff;
        for (int i = 1; i < attempts && pause.compareTo(maxBackoff) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }
}
