package jp.kyoso.testsupport.embedded;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SMTP and IMAP server (GreenMail) inside this JVM: services send to it over SMTP as to a city's mail server,
 * and the portal's local mailbox reads it over IMAP. Authentication is off (any login opens the mailbox of that
 * address), which is only for a local machine. Mails live in memory: a {@linkplain #stop() stop} closes both ports
 * and a {@linkplain #start() start} opens them again, empty, on the same ports (fault tests rely on that);
 * {@link #received()} of the stopped server's mails is kept by the caller if it needs them.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMailServer.class);
    private static final String HOST = "127.0.0.1";

    private final int smtpPort;
    private final int imapPort;
    private GreenMail server;

    private EmbeddedMailServer(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort == 0 ? FreePorts.take() : smtpPort;
        int imap = imapPort == 0 ? FreePorts.take() : imapPort;
        while (imap == this.smtpPort) {
            imap = FreePorts.take();
        }
        this.imapPort = imap;
    }

    /** @param smtpPort 0 for a free port; @param imapPort 0 for a free port */
    public static EmbeddedMailServer start(int smtpPort, int imapPort) {
        EmbeddedMailServer mail = new EmbeddedMailServer(smtpPort, imapPort);
        mail.start();
        return mail;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        GreenMail started = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        started.start();
        server = started;
        LOG.info("Mail server: SMTP on {}:{}, IMAP on {}:{}", HOST, smtpPort, HOST, imapPort);
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public String host() {
        return HOST;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /**
     * Points a service under test at this server ({@code kyoso.mail.*}), with a relay quick enough for a test.
     *
     * @return a new, modifiable map
     */
    public Map<String, String> serviceProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("kyoso.mail.smtp-host", HOST);
        properties.put("kyoso.mail.smtp-port", Integer.toString(smtpPort));
        properties.put("kyoso.mail.relay-idle-delay", "100ms");
        properties.put("kyoso.mail.retry-backoff", "200ms");
        return properties;
    }

    /** @return every mail the running server received, in order; empty while stopped */
    public synchronized List<MimeMessage> received() {
        return server == null ? List.of() : new ArrayList<>(Arrays.asList(server.getReceivedMessages()));
    }

    /** @return the value of a header of a received mail, or null */
    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
