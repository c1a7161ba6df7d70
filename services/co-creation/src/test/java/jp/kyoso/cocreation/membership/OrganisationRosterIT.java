package jp.kyoso.cocreation.membership;

import static jp.kyoso.cocreation.support.Http.events;
import static jp.kyoso.cocreation.support.Http.map;
import static jp.kyoso.cocreation.support.Http.refused;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.events.EventSchemas;
import jp.kyoso.events.Topics;
import jp.kyoso.testsupport.MailedInvitation;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import jp.kyoso.testsupport.embedded.EmbeddedMailServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Several admins per organisation, invitations by email and role accepted by the invited person's own account:
 * over HTTP on real PostgreSQL and Kafka, and a real SMTP server (GreenMail). Codes come only from the mails that
 * server received, never from an answer or the MemberInvited events; the secretariat resends the first admin's
 * invitation as the portal's resend screen does, with one reissue that withdraws the open invitation and issues a fresh
 * one.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationRosterIT implements TestPropertyProvider {

    private static final String BASE = "/api/cocreation/organisations";
    private static final String INVITED = "jp.kyoso.cocreation.member.invited.v1";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    JsonMapper json;

    @Inject
    TransactionOperations<Connection> transactions;

    private static final EmbeddedMailServer MAIL = EmbeddedMailServer.start(0, 0);

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("cocreation_roster_it");
        properties.putAll(MAIL.serviceProperties());
        return properties;
    }

    @AfterAll
    void stopMailServer() {
        MAIL.close();
    }

    @Test
    void theContactBecomesFirstAdminInvitesMoreAdminsAndMembersEachWithTheirOwnAccount() throws IOException {
        String id = (String) http.toBlocking().retrieve(HttpRequest.POST(BASE, Map.of("name", "武蔵小山ヘルスケア株式会社",
                "organisationType", "COMPANY", "contactEmail", "Tanaka@Koyama-Health.example.jp")), Map.class).get("id");
        http.toBlocking().retrieve(HttpRequest.POST(BASE + "/" + id + "/approve", "")
                .bearerAuth(TestTokens.secretariat(jwt)), Map.class);

        // Approval invites the contact as first admin; its event names the invitation but carries no code.
        String contact = "tanaka@koyama-health.example.jp";
        Map<String, Object> approvalInvitation = invitationEvent(id, contact, null, null);
        assertEquals("ADMIN", approvalInvitation.get("role"));

        // The secretariat resends it as the portal's resend screen does: one reissue withdraws the open invitation and
        // issues and mails a fresh one; the 201 names the invitation but not its code, which only the new mail carries.
        MailedInvitation approvalMail = MailedInvitation.awaitLatest(MAIL, contact,
                UUID.fromString((String) approvalInvitation.get("invitationId")));
        String secretariat = TestTokens.secretariat(jwt);
        Map<?, ?> open = http.toBlocking().retrieve(HttpRequest.GET(BASE + "/" + id + "/members?status=INVITED&size=100")
                .bearerAuth(secretariat), Map.class);
        List<?> openItems = (List<?>) open.get("items");
        assertEquals(List.of(approvalInvitation.get("invitationId")), openItems.stream().map(m -> map(m).get("id")).toList());
        assertEquals(HttpStatus.CONFLICT, refused(http, HttpRequest.POST(BASE + "/" + id + "/invitations",
                Map.of("email", contact, "role", "ADMIN")).bearerAuth(secretariat)).getStatus(),
                "a second invitation beside the open one is refused; reissue replaces it");
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.POST(BASE + "/" + id + "/invitations/reissue",
                Map.of("email", contact, "role", "ADMIN")).bearerAuth(user("outsider"))).getStatus());
        Map<?, ?> firstInvitation = invite(id, contact, "ADMIN", secretariat, "/invitations/reissue");
        List<?> replaced = (List<?>) http.toBlocking().retrieve(HttpRequest.GET(BASE + "/" + id
                + "/members?status=REMOVED&size=100").bearerAuth(secretariat), Map.class).get("items");
        assertEquals(List.of(approvalInvitation.get("invitationId")), replaced.stream().map(m -> map(m).get("id"))
                .toList(), "the reissue withdrew the approval's invitation");
        String firstInvitationId = (String) map(firstInvitation.get("invitation")).get("id");
        String firstCode = MailedInvitation.awaitLatest(MAIL, contact, UUID.fromString(firstInvitationId)).code();
        assertTrue(firstCode.length() >= 16, firstCode);
        assertEquals(Set.of("invitation"), firstInvitation.keySet(), "no code in the answer");
        assertFalse(json.writeValueAsString(firstInvitation).contains(firstCode), "no code in the answer");
        assertEquals("ADMIN", invitationEvent(id, contact, firstInvitationId, firstCode).get("role"));
        // Each invitation was mailed with its acceptance link, the approval's and the fresh one alike.
        List<String> mailed = invitationMails(contact);
        assertEquals(2, mailed.size(), mailed.toString());
        assertTrue(mailed.get(1).contains("/#/account/join?invitation=" + firstInvitationId + "&code="
                + URLEncoder.encode(firstCode, StandardCharsets.UTF_8)), mailed.get(1));
        assertTrue(mailed.get(0).contains("武蔵小山ヘルスケア株式会社") && mailed.get(0).contains("管理者"), mailed.get(0));

        String tanaka = user("tanaka");
        assertEquals(HttpStatus.CONFLICT, refused(http, HttpRequest.POST("/api/cocreation/invitations/"
                + approvalMail.id() + "/accept", Map.of("code", approvalMail.code())).bearerAuth(tanaka))
                .getStatus(), "the withdrawn invitation's mail no longer works");
        String wrongCode = "x".repeat(32);
        HttpStatus wrong = refused(http, HttpRequest.POST("/api/cocreation/invitations/"
                + firstInvitationId + "/accept", Map.of("code", wrongCode)).bearerAuth(tanaka)).getStatus();
        assertEquals(HttpStatus.BAD_REQUEST, wrong);
        Map<?, ?> joined = http.toBlocking().retrieve(HttpRequest.POST("/api/cocreation/invitations/"
                        + firstInvitationId + "/accept", Map.of("code", firstCode))
                .bearerAuth(tanaka), Map.class);
        assertEquals("ACTIVE", joined.get("status"));
        assertEquals(uidOf("tanaka"), joined.get("userId"));
        assertEquals(HttpStatus.CONFLICT, refused(http, HttpRequest.POST("/api/cocreation/invitations/"
                        + firstInvitationId + "/accept", Map.of("code", firstCode))
                .bearerAuth(user("someone-else"))).getStatus());

        // The admin invites a second admin and a member; each accepts with their own account.
        Map<?, ?> secondAdmin = invite(id, "sato@koyama-health.example.jp", "ADMIN", tanaka);
        Map<?, ?> member = invite(id, "suzuki@koyama-health.example.jp", "MEMBER", tanaka);
        String sato = user("sato");
        String suzuki = user("suzuki");
        accept(secondAdmin, sato);
        accept(member, suzuki);
        assertEquals(HttpStatus.CONFLICT, refused(http, HttpRequest.POST(BASE + "/" + id + "/invitations",
                Map.of("email", "SUZUKI@koyama-health.example.jp", "role", "MEMBER")).bearerAuth(sato)).getStatus());

        // A member is not an admin; a stranger sees nothing.
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.POST(BASE + "/" + id + "/invitations",
                Map.of("email", "x@example.jp", "role", "MEMBER")).bearerAuth(suzuki)).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.GET(BASE + "/" + id + "/members")
                .bearerAuth(user("stranger"))).getStatus());
        HttpStatus badRole = refused(http, HttpRequest.POST(BASE + "/" + id + "/invitations",
                Map.of("email", "not-an-address", "role", "OWNER")).bearerAuth(tanaka)).getStatus();
        assertEquals(HttpStatus.BAD_REQUEST, badRole);

        Map<?, ?> roster = http.toBlocking().retrieve(HttpRequest.GET(BASE + "/" + id + "/members?status=ACTIVE&size=10")
                .bearerAuth(suzuki), Map.class);
        List<?> active = (List<?>) roster.get("items");
        assertEquals(List.of("tanaka@koyama-health.example.jp", "sato@koyama-health.example.jp",
                "suzuki@koyama-health.example.jp"), active.stream().map(m -> map(m).get("email")).toList());
        assertEquals(List.of("ADMIN", "ADMIN", "MEMBER"), active.stream().map(m -> map(m).get("role")).toList());
        String everyone = http.toBlocking().retrieve(HttpRequest.GET(BASE + "/" + id + "/members").bearerAuth(suzuki));
        assertFalse(everyone.contains("acceptCode"), everyone);

        List<?> mine = http.toBlocking().retrieve(HttpRequest.GET("/api/cocreation/memberships/mine").bearerAuth(suzuki),
                Argument.listOf(Map.class));
        assertEquals(List.of(id), mine.stream().map(m -> map(m).get("organisationId")).toList());

        // Admins remove people but the organisation always keeps one admin.
        String satoMemberId = (String) map(active.get(1)).get("id");
        String tanakaMemberId = (String) map(active.get(0)).get("id");
        http.toBlocking().retrieve(HttpRequest.DELETE(BASE + "/" + id + "/members/" + satoMemberId).bearerAuth(tanaka),
                Map.class);
        HttpStatus lastAdmin = refused(http, HttpRequest.DELETE(BASE + "/" + id + "/members/" + tanakaMemberId)
                .bearerAuth(tanaka)).getStatus();
        assertEquals(HttpStatus.CONFLICT, lastAdmin);
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.POST(BASE + "/" + id + "/invitations",
                Map.of("email", "y@example.jp", "role", "MEMBER")).bearerAuth(sato)).getStatus());

        // Roles change on the roster: suzuki becomes an admin, and tanaka may then step down to member.
        String suzukiMemberId = (String) map(active.get(2)).get("id");
        assertEquals(HttpStatus.CONFLICT, refused(http, HttpRequest.PUT(BASE + "/" + id + "/members/" + tanakaMemberId
                + "/role", Map.of("role", "MEMBER")).bearerAuth(tanaka)).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.PUT(BASE + "/" + id + "/members/" + suzukiMemberId
                + "/role", Map.of("role", "ADMIN")).bearerAuth(suzuki)).getStatus());
        assertEquals("ADMIN", http.toBlocking().retrieve(HttpRequest.PUT(BASE + "/" + id + "/members/" + suzukiMemberId
                + "/role", Map.of("role", "ADMIN")).bearerAuth(tanaka), Map.class).get("role"));
        assertEquals("MEMBER", http.toBlocking().retrieve(HttpRequest.PUT(BASE + "/" + id + "/members/" + tanakaMemberId
                + "/role", Map.of("role", "MEMBER")).bearerAuth(tanaka), Map.class).get("role"));
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.POST(BASE + "/" + id + "/invitations",
                Map.of("email", "w@example.jp", "role", "MEMBER")).bearerAuth(tanaka)).getStatus());

        // An admin withdraws the organisation; nobody can be invited any more.
        assertEquals(HttpStatus.FORBIDDEN, refused(http, HttpRequest.POST(BASE + "/" + id + "/withdraw",
                Map.of()).bearerAuth(tanaka)).getStatus());
        Map<?, ?> withdrawn = http.toBlocking().retrieve(HttpRequest.POST(BASE + "/" + id + "/withdraw",
                Map.of("reason", "事業譲渡のため")).bearerAuth(suzuki), Map.class);
        assertEquals("WITHDRAWN", withdrawn.get("status"));
        assertEquals(HttpStatus.CONFLICT, refused(http, HttpRequest.POST(BASE + "/" + id + "/invitations",
                Map.of("email", "z@example.jp", "role", "MEMBER")).bearerAuth(suzuki)).getStatus());

        EventSchemas schemas = new EventSchemas();
        List<ConsumerRecord<byte[], byte[]>> joinedEvents = await().atMost(Duration.ofSeconds(30)).until(
                () -> events(Topics.COCREATION_ORGANISATION, id, "jp.kyoso.cocreation.member.joined.v1"),
                found -> found.size() == 3);
        for (ConsumerRecord<byte[], byte[]> event : joinedEvents) {
            assertEquals(List.of(), schemas.validate("jp.kyoso.cocreation.member.joined.v1", event.value()));
        }
    }

    private Map<?, ?> invite(String organisationId, String email, String role, String token) {
        return invite(organisationId, email, role, token, "/invitations");
    }

    private Map<?, ?> invite(String organisationId, String email, String role, String token, String path) {
        var created = http.toBlocking().exchange(HttpRequest.POST(BASE + "/" + organisationId + path,
                Map.of("email", email, "role", role)).bearerAuth(token), Map.class);
        assertEquals(HttpStatus.CREATED, created.getStatus());
        return created.body();
    }

    /** The invited person accepts with the code of the invitation's mail. */
    private void accept(Map<?, ?> invitation, String token) {
        Map<String, Object> entry = map(invitation.get("invitation"));
        MailedInvitation mailed = MailedInvitation.awaitLatest(MAIL, (String) entry.get("email"),
                UUID.fromString((String) entry.get("id")));
        Map<?, ?> joined = http.toBlocking().retrieve(HttpRequest.POST("/api/cocreation/invitations/" + mailed.id()
                + "/accept", Map.of("code", mailed.code())).bearerAuth(token), Map.class);
        assertEquals("ACTIVE", joined.get("status"));
    }

    /**
     * The MemberInvited event of the given invitation (or the organisation's first), which must carry neither the
     * invited address nor a code: no {@code acceptCode} field and not the mailed code, if given.
     */
    private Map<String, Object> invitationEvent(String organisationId, String email, String invitationId,
                                                String mailedCode) throws IOException {
        ConsumerRecord<byte[], byte[]> event = await().atMost(Duration.ofSeconds(30))
                .until(() -> events(Topics.COCREATION_ORGANISATION, organisationId, INVITED).stream()
                        .filter(found -> invitationId == null
                                || new String(found.value(), StandardCharsets.UTF_8).contains(invitationId))
                        .findFirst(), Optional::isPresent)
                .orElseThrow();
        assertEquals(List.of(), new EventSchemas().validate(INVITED, event.value()));
        Map<String, Object> payload = map(json.readValue(event.value(), Map.class));
        String body = new String(event.value(), StandardCharsets.UTF_8);
        assertFalse(payload.containsKey("email"), "no address in an event: events outlive an erasure; " + body);
        assertFalse(body.contains(email), body);
        assertFalse(body.contains("acceptCode"), body);
        assertFalse(payload.containsKey("acceptCode"), body);
        assertFalse(mailedCode != null && body.contains(mailedCode), body);
        return payload;
    }

    private List<String> invitationMails(String recipient) {
        return transactions.executeRead(status -> {
            List<String> bodies = new ArrayList<>();
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "select body from mail_outbox where kind = 'invitation' and recipient = ? order by created_at")) {
                statement.setString(1, recipient);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        bodies.add(rows.getString(1));
                    }
                }
            }
            return bodies;
        });
    }

    private String user(String username) {
        return TestTokens.issue(jwt, username, null, "MEMBER");
    }

    private static String uidOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes()).toString();
    }
}
