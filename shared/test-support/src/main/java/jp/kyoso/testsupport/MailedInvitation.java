package jp.kyoso.testsupport;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyoso.testsupport.embedded.EmbeddedMailServer;

/**
 * An invitation as the invited person gets it: from the acceptance link ({@code #/account/join?invitation=<id>&code=
 * <code>}) of the latest invitation mail the real SMTP server received for their address. The mail is the only place
 * the code exists in clear, so tests read it there, as a person would.
 *
 * @param id   the invitation's id (also the roster entry's id)
 * @param code the one-time acceptance code
 */
public record MailedInvitation(UUID id, String code) {

    private static final Pattern LINK = Pattern.compile(
            "#/account/join\\?invitation=([0-9a-fA-F-]{36})&code=([A-Za-z0-9%_.~-]+)");
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** Waits for an invitation mail to the address and returns the latest one's invitation. */
    public static MailedInvitation awaitLatest(EmbeddedMailServer server, String address) {
        return awaitLatest(server::received, address, any -> true);
    }

    /** Waits until the latest invitation mail to the address is the one of this invitation. */
    public static MailedInvitation awaitLatest(EmbeddedMailServer server, String address, UUID invitationId) {
        return awaitLatest(server::received, address, mailed -> mailed.id().equals(invitationId));
    }

    /**
     * Waits until the latest invitation mail to the address is one the test expects (a resent invitation: not the
     * one mailed before).
     *
     * @param received the mails received so far, in order (e.g. {@code platform.mail()::received})
     */
    public static MailedInvitation awaitLatest(Supplier<List<MimeMessage>> received, String address,
                                               Predicate<MailedInvitation> expected) {
        return await("the invitation mail to " + address).atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> latest(received.get(), address), found -> found.filter(expected).isPresent())
                .orElseThrow();
    }

    /** @return the invitation of the latest invitation mail to the address among these, if any */
    public static Optional<MailedInvitation> latest(List<MimeMessage> received, String address) {
        Optional<MailedInvitation> latest = Optional.empty();
        for (MimeMessage mail : received) {
            if (addressedTo(mail, address)) {
                Matcher link = LINK.matcher(text(mail));
                if (link.find()) {
                    latest = Optional.of(new MailedInvitation(UUID.fromString(link.group(1)),
                            URLDecoder.decode(link.group(2), StandardCharsets.UTF_8)));
                }
            }
        }
        return latest;
    }

    private static boolean addressedTo(MimeMessage mail, String address) {
        try {
            Address[] to = mail.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // Decoded text of every part: the link survives whatever transfer encoding the sender chose.
    private static String text(Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(text(multipart.getBodyPart(i))).append('\n');
                }
                return text.toString();
            }
            return content instanceof String string ? string : "";
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable mail", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
