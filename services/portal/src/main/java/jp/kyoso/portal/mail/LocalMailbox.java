package jp.kyoso.portal.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import jp.kyoso.mail.MailRelay;
import jp.kyoso.mail.MailText;

/**
 * Demo mode only: reads the mails the local SMTP server (GreenMail, started by {@code ./kyoso up}) received for an
 * address, over IMAP as any mail client would. GreenMail runs without authentication there, so the address is the
 * login and any password opens it; nothing like it exists in production.
 */
@Singleton
@Requires(property = "kyoso.demo.enabled", value = "true")
class LocalMailbox {

    private final String host;
    private final int port;

    LocalMailbox(@Value("${kyoso.mail.local-mailbox.imap-host:localhost}") String host,
                 @Value("${kyoso.mail.local-mailbox.imap-port:3143}") int port) {
        this.host = host;
        this.port = port;
    }

    /** @return the address's mails, newest first */
    List<ReceivedMail> read(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect(host, port, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    List<ReceivedMail> mails = new ArrayList<>();
                    for (Message message : inbox.getMessages()) {
                        mails.add(received(message));
                    }
                    mails.sort((a, b) -> b.receivedAt().compareTo(a.receivedAt()));
                    return mails;
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("The local mailbox cannot be read at " + host + ":" + port, e);
        }
    }

    private static ReceivedMail received(Message message) throws MessagingException {
        String[] ids = message.getHeader(MailRelay.MAIL_ID_HEADER);
        return new ReceivedMail(ids == null ? null : ids[0], join(message.getFrom()),
                join(message.getRecipients(Message.RecipientType.TO)), message.getSubject(),
                (message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate()).toInstant(),
                MailText.plain(message));
    }

    private static String join(Address[] addresses) {
        return addresses == null ? ""
                : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }
}
