package jp.kyoso.mail;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.MailPropertiesProviderFactory;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import java.util.Locale;
import java.util.Properties;

/**
 * Feeds Micronaut Email's Jakarta Mail session from {@link MailSettings}, so one set of {@code KYOSO_MAIL_*}
 * variables configures host, port, TLS and credentials (the credentials come from the environment only).
 */
@Factory
public class SmtpSession {

    @Singleton
    @Replaces(factory = MailPropertiesProviderFactory.class, bean = MailPropertiesProvider.class)
    MailPropertiesProvider mailProperties(MailSettings settings) {
        return () -> properties(settings);
    }

    @Singleton
    @Requires(property = "kyoso.mail.smtp-username")
    Authenticator authenticator(MailSettings settings) {
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.smtpUsername(), settings.smtpPassword());
            }
        };
    }

    static Properties properties(MailSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        String timeout = String.valueOf(settings.smtpTimeout().toMillis());
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        properties.put("mail.smtp.auth", String.valueOf(settings.smtpUsername() != null));
        switch (settings.smtpTls().toLowerCase(Locale.ROOT)) {
            case "starttls" -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case "ssl", "tls" -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case "none" -> { }
            default -> throw new IllegalStateException(
                    "kyoso.mail.smtp-tls must be none, starttls or ssl, not " + settings.smtpTls());
        }
        return properties;
    }
}
