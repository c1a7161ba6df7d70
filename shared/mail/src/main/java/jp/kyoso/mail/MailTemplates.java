package jp.kyoso.mail;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders {@code mail/<kind>_<language>.txt} from the classpath with Mustache. A template's first line is
 * {@code Subject: ...}, then an empty line, then the body. Mails are plain text, so nothing is HTML-escaped; a value
 * the template names but the caller did not give is an error (a mail with a hole in it is worse than none).
 */
@Singleton
public class MailTemplates {

    private static final String SUBJECT = "Subject:";
    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).strictSections(true);
    private final Map<String, Template[]> cache = new ConcurrentHashMap<>();

    /** @throws IllegalArgumentException when the kind has no template in that language or a value is missing */
    public RenderedMail render(String kind, String language, Map<String, ?> values) {
        Template[] parts = cache.computeIfAbsent(kind + "_" + MailLanguage.of(language), this::load);
        try {
            return new RenderedMail(parts[0].execute(values).strip(), parts[1].execute(values));
        } catch (com.samskivert.mustache.MustacheException e) {
            throw new IllegalArgumentException("Mail template " + kind + " cannot be filled: " + e.getMessage(), e);
        }
    }

    public boolean exists(String kind, String language) {
        return MailTemplates.class.getClassLoader()
                .getResource("mail/" + kind + "_" + MailLanguage.of(language) + ".txt") != null;
    }

    private Template[] load(String name) {
        String text = read(name);
        int end = text.indexOf('\n');
        if (!text.startsWith(SUBJECT) || end < 0) {
            throw new IllegalArgumentException("Mail template " + name + " must start with a 'Subject:' line");
        }
        String subject = text.substring(SUBJECT.length(), end).strip();
        String body = text.substring(end + 1).replaceFirst("^\\r?\\n", "");
        return new Template[] {compiler.compile(subject), compiler.compile(body)};
    }

    private String read(String name) {
        try (InputStream in = resource(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No mail template mail/" + name + ".txt on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        return MailTemplates.class.getClassLoader().getResourceAsStream("mail/" + name + ".txt");
    }
}
