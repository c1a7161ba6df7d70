package jp.kyoso.cocreation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.cocreation.support.Http;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Hostile JSON bodies (shared/web's StrictJsonHandler) against real write endpoints on PostgreSQL and Kafka: bytes
 * that are not UTF-8, content after the document and values of the wrong JSON type are 400 problems, and not one row
 * or outbox event is written; Japanese text and emoji in valid UTF-8 are stored as sent. Raw bytes go through the JDK
 * client, since Micronaut's would encode the body itself.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictJsonBodyIT implements TestPropertyProvider {

    private static final String ORGANISATIONS = "/api/cocreation/organisations";
    private static final String GROUPS = "/api/cocreation/working-groups";
    private static final List<byte[]> INVALID_UTF8 = List.of(
            new byte[] {(byte) 0xC3, 0x28},                   // a lead byte without its continuation
            new byte[] {(byte) 0xFF},                         // never valid in UTF-8
            new byte[] {(byte) 0xC0, (byte) 0xAF},            // overlong "/"
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a UTF-16 surrogate half encoded as UTF-8
            new byte[] {(byte) 0xE3, (byte) 0x81});           // "あ" cut short

    private final HttpClient client = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    JsonMapper json;

    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("cocreation_strict_json_it");
    }

    @Test
    void invalidUtf8IsRefusedAndNothingIsStored() throws Exception {
        Counts before = counts();
        for (byte[] invalid : INVALID_UTF8) {
            byte[] body = concat(utf8("{\"name\":\"しながわ"), invalid, utf8("テック株式会社\",\"organisationType\":\"COMPANY\","
                    + "\"contactEmail\":\"info@example.jp\"}"));
            Map<String, Object> problem = problem(post(ORGANISATIONS, body, null), "invalid-encoding");
            assertTrue(((String) problem.get("detail")).contains("UTF-8"), problem.toString());

            byte[] group = concat(utf8("{\"name\":\"部会"), invalid, utf8("\",\"description\":\"説明\"}"));
            problem(post(GROUPS, group, TestTokens.secretariat(jwt)), "invalid-encoding");
        }
        assertEquals(before, counts());
    }

    @Test
    void contentAfterTheDocumentIsRefusedAndNothingIsStored() throws Exception {
        Counts before = counts();
        String application = "{\"name\":\"末尾付き株式会社\",\"organisationType\":\"COMPANY\"}";
        for (String trailing : List.of("}", " xyz", " {\"name\":\"二つ目\"}", "]", " 1")) {
            problem(post(ORGANISATIONS, utf8(application + trailing), null), "trailing-content");
        }
        String group = "{\"name\":\"末尾付き部会\",\"description\":\"説明\"}";
        problem(post(GROUPS, utf8(group + "}"), TestTokens.secretariat(jwt)), "trailing-content");
        assertEquals(before, counts());
    }

    @Test
    void valuesOfTheWrongJsonTypeAreFieldErrorsAndNothingIsStored() throws Exception {
        Counts before = counts();
        String secretariat = TestTokens.secretariat(jwt);

        assertFieldError(post(ORGANISATIONS, utf8("{\"name\":[\"配列株式会社\"],\"organisationType\":\"COMPANY\"}"),
                null), "name", "Type.text");
        assertFieldError(post(ORGANISATIONS, utf8("{\"name\":12345,\"organisationType\":\"COMPANY\"}"), null),
                "name", "Type.text");
        assertFieldError(post(ORGANISATIONS, utf8("{\"name\":\"種別配列株式会社\",\"organisationType\":[\"NPO\"]}"),
                null), "organisationType", "Type.text");
        // Read as false before, which formed a public, open group.
        assertFieldError(post(GROUPS, utf8("{\"name\":\"フラグ部会\",\"description\":\"説明\",\"privateGroup\":\"yes\"}"),
                secretariat), "privateGroup", "Type.boolean");
        assertFieldError(post(GROUPS, utf8("{\"name\":\"フラグ部会\",\"description\":\"説明\","
                + "\"closedMembership\":\"' OR 1=1 --\"}"), secretariat), "closedMembership", "Type.boolean");
        assertFieldError(post(GROUPS, utf8("{\"name\":[\"配列部会\"],\"description\":\"説明\"}"), secretariat),
                "name", "Type.text");

        assertEquals(before, counts());
    }

    @Test
    void japaneseAndEmojiInValidUtf8AreStoredAsSent() throws Exception {
        Counts before = counts();
        String name = "しながわ🌱共創ラボ " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = post(ORGANISATIONS, utf8("\uFEFF{\"name\":\"" + name
                + "\",\"organisationType\":\"NPO\",\"contactEmail\":\"lab@example.jp\"}\n"), null);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(name, json.readValue(created.body(), Map.class).get("name"));
        String id = (String) json.readValue(created.body(), Map.class).get("id");
        String stored = transactions.executeRead(status -> {
            try (var statement = status.getConnection().prepareStatement("select name from organisation where id = ?")) {
                statement.setObject(1, UUID.fromString(id));
                try (var result = statement.executeQuery()) {
                    result.next();
                    return result.getString(1);
                }
            }
        });
        assertEquals(name, stored);

        HttpResponse<String> group = post(GROUPS, utf8("{\"name\":\"🌱 みどりの部会 " + id.substring(0, 8)
                + "\",\"description\":\"品川区の緑化\",\"privateGroup\":true}"), TestTokens.secretariat(jwt));
        assertEquals(201, group.statusCode(), group.body());
        assertEquals(true, json.readValue(group.body(), Map.class).get("privateGroup"));

        Counts after = counts();
        assertEquals(before.organisations() + 1, after.organisations());
        assertEquals(before.groups() + 1, after.groups());
        assertTrue(after.outbox() > before.outbox(), "valid requests publish through the outbox");
    }

    private record Counts(long organisations, long groups, long outbox) {
    }

    private Counts counts() {
        return new Counts(Http.count(transactions, "organisation"), Http.count(transactions, "working_group"),
                Http.count(transactions, "outbox_event"));
    }

    private void assertFieldError(HttpResponse<String> response, String field, String code) throws IOException {
        Map<String, Object> problem = problem(response, "invalid-input");
        assertEquals(List.of(Map.of("field", field, "code", code, "message",
                        code.equals("Type.text") ? "文字列で指定してください" : "true または false で指定してください")),
                problem.get("errors"), response.body());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> problem(HttpResponse<String> response, String code) throws IOException {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null));
        Map<String, Object> problem = json.readValue(response.body(), Map.class);
        assertEquals("urn:kyoso:problem:" + code, problem.get("type"), response.body());
        return problem;
    }

    private HttpResponse<String> post(String path, byte[] body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
