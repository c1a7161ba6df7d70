package jp.kyoso.portal.mail;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventCodec;
import jp.kyoso.events.EventDescriptor;
import jp.kyoso.events.citylab.ProposalDeclined;
import jp.kyoso.events.citylab.ProposalShortlisted;
import jp.kyoso.events.citylab.ProposalSubmitted;
import jp.kyoso.events.cocreation.DigestCompiled;
import jp.kyoso.events.cocreation.MeetingReminderDue;
import jp.kyoso.events.declarations.DeclarationReturned;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.mail.MailBacklog;
import jp.kyoso.mail.MailRelay;
import jp.kyoso.mail.MailText;
import jp.kyoso.testsupport.KafkaRecords;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import jp.kyoso.testsupport.embedded.EmbeddedMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Mails from events, end to end on real PostgreSQL, Kafka and a real SMTP server (GreenMail): decisions published as
 * the services' relays publish them reach the people of the organisation they name, each in their language and
 * only the kinds they left on. The SMTP server is stopped for 30 s while decisions are made: the mails wait in the
 * outbox (the backlog gauge shows them) and, once it is back, every one arrives exactly once — a redelivered
 * event included.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailOutageIT implements TestPropertyProvider {

    private static final EmbeddedMailServer SMTP = EmbeddedMailServer.start(0, 0);
    private static final EventCodec CODEC = new EventCodec(ObjectMapper.getDefault());
    private static final String ORGANISATION = "メール試験株式会社";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    JsonMapper json;

    @Inject
    MailBacklog backlog;

    @Inject
    TransactionOperations<Connection> transactions;

    private final UUID organisationId = UUID.randomUUID();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServiceTestProperties.forService("portal_mail_it"));
        properties.put("kyoso.service-name", "portal-mail-it");
        properties.put("kyoso.mail.smtp-host", SMTP.host());
        properties.put("kyoso.mail.smtp-port", Integer.toString(SMTP.smtpPort()));
        properties.put("kyoso.mail.smtp-timeout", "2s");
        properties.put("kyoso.mail.retry-backoff", "200ms");
        properties.put("kyoso.mail.max-backoff", "2s");
        properties.put("kyoso.mail.relay-idle-delay", "100ms");
        properties.put("kyoso.public-base-url", "https://kyoso.city.example.jp");
        return properties;
    }

    @AfterAll
    void stopMailServer() {
        SMTP.close();
    }

    @Test
    void everyDecisionIsMailedExactlyOnceAfterAThirtySecondOutage() throws Exception {
        PeopleMother people = new PeopleMother(transactions);
        String tag = organisationId.toString().substring(0, 8);
        String taro = "taro-" + tag + "@example.jp";
        String john = "john-" + tag + "@example.jp";
        String hanako = "hanako-" + tag + "@example.jp";
        people.person("taro-" + tag, organisationId, ORGANISATION, taro, false, "MEMBER");
        people.person("john-" + tag, organisationId, ORGANISATION, john, false, "MEMBER");
        people.person("hanako-" + tag, organisationId, ORGANISATION, hanako, false, "MEMBER");
        people.person("gone-" + tag, organisationId, ORGANISATION, "gone-" + tag + "@example.jp", true, "MEMBER");
        people.person("other-" + tag, UUID.randomUUID(), "別の団体", "other-" + tag + "@example.jp", false, "MEMBER");
        // Through the settings API: John reads English, Hanako switched declined proposals off.
        preferences("john-" + tag, Map.of("language", "en"));
        preferences("hanako-" + tag, Map.of("kinds", List.of(Map.of("kind", "proposal_declined", "enabled", false))));

        String proposal = UUID.randomUUID().toString();
        String challenge = UUID.randomUUID().toString();
        String org = organisationId.toString();
        Instant now = Instant.now();
        publish(UUID.randomUUID().toString(), new ProposalSubmitted(proposal, challenge, org, "見守りセンサーの実証",
                List.of("11.2"), null, now));
        publish(UUID.randomUUID().toString(), new ProposalShortlisted(proposal, challenge, org, now, "secretariat"));
        Map<String, List<MimeMessage>> before = await().atMost(Duration.ofSeconds(60))
                .until(() -> byRecipient(tagged(SMTP.received(), tag)),
                        mails -> mails.values().stream().mapToInt(List::size).sum() == 3);
        assertEquals("【シティラボ】提案「見守りセンサーの実証」が一次選考を通過しました", before.get(taro).get(0).getSubject());
        assertEquals("[City Lab] Your proposal \"見守りセンサーの実証\" was shortlisted", before.get(john).get(0).getSubject());
        List<MimeMessage> delivered = new ArrayList<>(tagged(SMTP.received(), tag));

        SMTP.stop();
        String returned = UUID.randomUUID().toString();
        DeclarationReturned declaration = new DeclarationReturned(UUID.randomUUID().toString(), org,
                "目標の記述を具体的にしてください", now, "secretariat");
        publish(UUID.randomUUID().toString(), new ProposalDeclined(proposal, challenge, org, "予算の範囲を超えるため",
                now, "staff"));
        publish(UUID.randomUUID().toString(), new ApplicationAwarded(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), org, 1_200_000, 1_500_000, 1, null, now, "committee"));
        publish(returned, declaration);
        publish(returned, declaration); // redelivered: the inbox knows it, nobody is mailed twice

        // Declined: Taro and John (Hanako switched it off); awarded and returned: all three.
        int waiting = 2 + 3 + 3;
        await().atMost(Duration.ofSeconds(30)).until(backlog::backlog, count -> count == waiting);
        String metrics = http.toBlocking().retrieve(HttpRequest.GET("/prometheus"));
        assertTrue(metrics.contains("kyoso_mail_backlog " + waiting + ".0")
                || metrics.contains("kyoso_mail_backlog{} " + waiting + ".0"), backlogLines(metrics));
        // Thirty seconds without a server: nothing is lost or given up, the mails just wait.
        await().pollDelay(Duration.ofSeconds(30)).atMost(Duration.ofSeconds(35))
                .until(backlog::backlog, count -> count == waiting);

        SMTP.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> tagged(SMTP.received(), tag).size() == waiting);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> tagged(SMTP.received(), tag).size() == waiting && backlog.backlog() == 0);
        delivered.addAll(tagged(SMTP.received(), tag));

        List<String> ids = delivered.stream().map(mail -> EmbeddedMailServer.header(mail, MailRelay.MAIL_ID_HEADER))
                .toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), "no mail twice: " + ids);
        Map<String, List<MimeMessage>> all = byRecipient(delivered);
        // Shortlisted, declined, awarded, returned.
        assertEquals(4, all.get(taro).size());
        assertEquals(4, all.get(john).size());
        assertEquals(3, all.get(hanako).size());
        assertEquals(3, all.size(), "nobody else: not the deactivated account, not another organisation");
        MimeMessage declined = find(all.get(taro), "の選考結果");
        assertTrue(body(declined).contains("理由:\n予算の範囲を超えるため"), body(declined));
        assertTrue(body(declined).contains("https://kyoso.city.example.jp/#/settings/mail"), body(declined));
        assertTrue(body(find(all.get(john), "Decision on your application")).contains("Grant: 1,200,000 yen"));
        assertTrue(all.get(hanako).stream().noneMatch(mail -> subject(mail).contains("選考結果")));
    }

    @Test
    void remindersAndDigestsReachThePeopleTheyNameButNoMinorHearsOfOthers() {
        PeopleMother people = new PeopleMother(transactions);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String member = "saki-" + tag;
        String youth = "haru-" + tag;
        // An organisation of its own: the other test mails everyone of the shared one.
        people.person(member, UUID.randomUUID(), "会合試験協会", member + "@example.jp", false, "MEMBER");
        people.person(youth, null, null, youth + "@example.jp", false, "YOUTH");
        List<String> both = List.of(PeopleMother.idOf(member).toString(), PeopleMother.idOf(youth).toString());
        Instant starts = Instant.parse("2030-05-12T05:00:00Z");

        String meeting = UUID.randomUUID().toString();
        publish(UUID.randomUUID().toString(), new MeetingReminderDue(meeting, "脱炭素に関する意見交換会", starts,
                starts.plusSeconds(7200), "品川区役所 第一会議室", null, both, Instant.now()));
        for (String userId : both) {
            publish(UUID.randomUUID().toString(), new DigestCompiled(UUID.randomUUID().toString(), userId,
                    java.time.LocalDate.of(2030, 5, 11), List.of(new DigestCompiled.Entry("MINUTES_APPROVED",
                    "第1回 部会", starts)), Instant.now()));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> byRecipient(SMTP.received()).getOrDefault(
                member + "@example.jp", List.of()).size() == 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> byRecipient(SMTP.received())
                .getOrDefault(youth + "@example.jp", List.of()).size() == 1);
        MimeMessage reminder = find(byRecipient(SMTP.received()).get(member + "@example.jp"), "脱炭素に関する意見交換会");
        assertTrue(body(reminder).contains("日時: 2030年5月12日 14:00 〜 2030年5月12日 16:00（日本時間）"), body(reminder));
        assertTrue(body(reminder).contains("場所: 品川区役所 第一会議室"), body(reminder));
        assertTrue(body(reminder).contains("https://kyoso.city.example.jp/#/meetings/" + meeting), body(reminder));
        assertTrue(body(find(byRecipient(SMTP.received()).get(member + "@example.jp"), "ダイジェスト"))
                .contains("議事録の確定: 第1回 部会"));
        assertTrue(subject(byRecipient(SMTP.received()).get(youth + "@example.jp").get(0)).contains("脱炭素"),
                "the minor is reminded of the meeting they registered for, and gets no digest");
    }

    private void preferences(String username, Map<String, Object> change) {
        String token = TestTokens.issue(jwt, username, organisationId, "MEMBER");
        Map<String, Object> changed = http.toBlocking().retrieve(HttpRequest.PUT("/accounts/me/mail-preferences",
                change).bearerAuth(token), Argument.mapOf(String.class, Object.class));
        Map<String, Object> read = http.toBlocking().retrieve(HttpRequest.GET("/accounts/me/mail-preferences")
                .bearerAuth(token), Argument.mapOf(String.class, Object.class));
        assertEquals(changed, read);
    }

    /** The mails to this test's own people (their addresses carry its tag). */
    private static List<MimeMessage> tagged(List<MimeMessage> mails, String tag) {
        return mails.stream().filter(mail -> recipient(mail).contains(tag)).toList();
    }

    private static Map<String, List<MimeMessage>> byRecipient(List<MimeMessage> mails) {
        return mails.stream().collect(Collectors.groupingBy(MailOutageIT::recipient, HashMap::new,
                Collectors.toList()));
    }

    private static MimeMessage find(List<MimeMessage> mails, String inSubject) {
        return mails.stream().filter(mail -> subject(mail).contains(inSubject)).findFirst().orElseThrow(
                () -> new AssertionError(inSubject + " not in " + mails.stream().map(MailOutageIT::subject).toList()));
    }

    private static String recipient(MimeMessage mail) {
        return unchecked(message -> message.getAllRecipients()[0].toString(), mail);
    }

    private static String subject(MimeMessage mail) {
        return unchecked(MimeMessage::getSubject, mail);
    }

    private static String body(MimeMessage mail) {
        return MailText.plain(mail);
    }

    private interface MailReader {
        String read(MimeMessage mail) throws MessagingException;
    }

    private static String unchecked(MailReader reader, MimeMessage mail) {
        try {
            return reader.read(mail);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String backlogLines(String metrics) {
        return metrics.lines().filter(line -> line.contains("kyoso_mail")).collect(Collectors.joining("\n"));
    }

    /** As a service's outbox relay would: CloudEvents binary mode, keyed by the aggregate. */
    private static void publish(String eventId, DomainEvent event) {
        EventDescriptor descriptor = EventCatalog.of(event);
        KafkaRecords.send(ServiceTestProperties.forService("portal_mail_it").get("kafka.bootstrap.servers"),
                descriptor.topic(), event.aggregateId(), CODEC.encode(event),
                Map.of(CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.SOURCE, "/services/test",
                        CloudEventHeaders.TYPE, descriptor.type(),
                        CloudEventHeaders.SUBJECT, event.aggregateId(),
                        CloudEventHeaders.TIME, Instant.now().toString(),
                        CloudEventHeaders.CONTENT_TYPE, "application/json"));
    }
}
