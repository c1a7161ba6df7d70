package jp.kyoso.mail;

import java.util.Map;
import java.util.Objects;

/**
 * One mail to enqueue: the template kind ({@code mail/<kind>_<language>.txt} on the classpath), the recipient's
 * address, the recipient's language ({@code ja} or {@code en}; anything else falls back to Japanese) and the values
 * the template refers to ({@code {{name}}}, nested maps and lists as Mustache allows).
 */
public record OutgoingMail(String kind, String recipient, String language, Map<String, ?> values) {

    public OutgoingMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        if (recipient.isBlank() || !recipient.contains("@")) {
            throw new IllegalArgumentException("Not a mail address: " + recipient);
        }
        language = MailLanguage.of(language);
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
