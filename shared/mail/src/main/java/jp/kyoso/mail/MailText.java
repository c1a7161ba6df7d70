package jp.kyoso.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads the plain text of a received mail (Jakarta Mail composes even a text mail as a multipart). */
public final class MailText {

    private MailText() {
    }

    /** @return the first {@code text/plain} part's text, line ends as {@code \n}; empty when there is none */
    public static String plain(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return String.valueOf(part.getContent()).replace("\r\n", "\n");
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String text = plain(child);
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable mail", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
