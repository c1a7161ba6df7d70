package jp.kyoso.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private static MailSettings settings(String tls, String username) {
        return new MailSettings(true, "noreply@city.example", "smtp.city.example", 587, tls, username,
                username == null ? null : "secret", Duration.ofSeconds(5), 50, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofDays(30));
    }

    @Test
    void backOffDoublesPerAttemptUpToTheCap() {
        MailSettings settings = settings("none", null);
        assertEquals(Duration.ofSeconds(1), settings.backoffAfter(1));
        assertEquals(Duration.ofSeconds(2), settings.backoffAfter(2));
        assertEquals(Duration.ofSeconds(16), settings.backoffAfter(5));
        assertEquals(Duration.ofSeconds(30), settings.backoffAfter(6));
        assertEquals(Duration.ofSeconds(30), settings.backoffAfter(1000));
    }

    @Test
    void startTlsIsRequiredNotOpportunistic() {
        Properties properties = SmtpSession.properties(settings("STARTTLS", "kyoso"));
        assertEquals("smtp.city.example", properties.get("mail.smtp.host"));
        assertEquals("587", properties.get("mail.smtp.port"));
        assertEquals("true", properties.get("mail.smtp.starttls.required"));
        assertEquals("true", properties.get("mail.smtp.auth"));
        assertEquals("5000", properties.get("mail.smtp.connectiontimeout"));
    }

    @Test
    void plainSmtpWithoutCredentialsAsksForNoAuthentication() {
        Properties properties = SmtpSession.properties(settings("none", null));
        assertEquals("false", properties.get("mail.smtp.auth"));
        assertEquals(null, properties.get("mail.smtp.ssl.enable"));
    }

    @Test
    void anEmptyUserNameAsAnUnsetVariableArrivesMeansNoAuthentication() {
        assertEquals("false", SmtpSession.properties(settings("none", "")).get("mail.smtp.auth"));
    }

    @Test
    void anUnknownTlsModeIsAConfigurationError() {
        assertThrows(IllegalStateException.class, () -> SmtpSession.properties(settings("maybe", null)));
    }
}
