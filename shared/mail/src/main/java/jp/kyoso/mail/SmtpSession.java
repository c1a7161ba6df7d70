package jp.kyoso.mail;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.MailPropertiesProviderFactory;
import io.micronaut.email.javamail.sender.authentication.AuthenticatorFactory;
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

    /** Consulted only when {@code mail.smtp.auth} is on, i.e. when a user name is set. */
    @Singleton
    @Replaces(factory = AuthenticatorFactory.class, bean = Authenticator.class)
    Authenticator authenticator(MailSettings settings) {
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return hasCredentials(settings)
                        ? new PasswordAuthentication(settings.smtpUsername(), settings.smtpPassword()) : null;
            }
        };
    }

    /** An empty variable (as compose passes an unset one) means no credentials. */
    static boolean hasCredentials(MailSettings settings) {
        return settings.smtpUsername() != null && !settings.smtpUsername().isBlank();
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
        properties.put("mail.smtp.auth", String.valueOf(hasCredentials(settings)));
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
