package jp.kyoso.mail;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.DefaultSessionProvider;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.MailPropertiesProviderFactory;
import io.micronaut.email.javamail.sender.SessionProvider;
import io.micronaut.email.javamail.sender.authentication.AuthenticatorFactory;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
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

    /**
     * A mail session of this application context's own. Micronaut's default provider takes the JVM-wide default
     * session, which keeps the settings of whichever context asked first: a second context in the same JVM (test
     * classes one after another) would send to the first one's SMTP server.
     */
    @Singleton
    @Replaces(DefaultSessionProvider.class)
    SessionProvider session(MailPropertiesProvider properties, @Nullable Authenticator authenticator) {
        Session session = Session.getInstance(properties.mailProperties(), authenticator);
        return () -> session;
    }

    /**
     * Only with a user name: without one there is no authenticator at all (an empty variable, as compose passes an
     * unset one, counts as none), so the JVM's default mail session stays the plain one other code may share.
     */
    @Singleton
    @Requires(condition = CredentialsGiven.class)
    @Replaces(factory = AuthenticatorFactory.class, bean = Authenticator.class)
    Authenticator authenticator(MailSettings settings) {
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.smtpUsername(), settings.smtpPassword());
            }
        };
    }

    /** {@code kyoso.mail.smtp-username} is set and not blank. */
    public static final class CredentialsGiven implements Condition {
        @Override
        public boolean matches(ConditionContext context) {
            return context.getProperty("kyoso.mail.smtp-username", String.class).filter(name -> !name.isBlank())
                    .isPresent();
        }
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
