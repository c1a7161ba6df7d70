package jp.kyoso.web.json;

import io.micronaut.context.BeanContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.MessageBodyHandlerRegistry;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.body.MessageBodyWriter;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jp.kyoso.web.problem.FieldError;
import jp.kyoso.web.problem.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posts raw bytes (the Micronaut client would re-encode text) to the test app's {@code /test/echo}, which answers
 * with what the body was read as, so a body that gets through shows exactly what a handler would have stored.
 */
@MicronautTest
class StrictJsonBodyTest {

    private static final byte[] INVALID_UTF8_C3_28 = {(byte) 0xC3, 0x28};
    private static final byte[] INVALID_UTF8_FF = {(byte) 0xFF};
    private static final byte[] OVERLONG_SLASH = {(byte) 0xC0, (byte) 0xAF};
    private static final byte[] ENCODED_SURROGATE = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
    private static final byte[] TRUNCATED_SEQUENCE = {(byte) 0xE3, (byte) 0x81};

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    BeanContext beans;

    @Test
    void replacesMicronautsJsonHandlerForReadingAndWriting() {
        MessageBodyHandlerRegistry registry = beans.getBean(MessageBodyHandlerRegistry.class);
        MessageBodyReader<Map> reader = registry.findReader(Argument.of(Map.class), List.of(MediaType.APPLICATION_JSON_TYPE))
                .orElseThrow();
        assertInstanceOf(StrictJsonHandler.class, reader);
        MessageBodyWriter<Map> writer = registry.findWriter(Argument.of(Map.class), List.of(MediaType.APPLICATION_JSON_TYPE))
                .orElseThrow();
        assertInstanceOf(StrictJsonHandler.class, writer);
        assertFalse(beans.getBeansOfType(MessageBodyReader.class).stream()
                .anyMatch(bean -> bean.getClass().getName().endsWith("NettyJsonHandler")
                        || bean.getClass().getName().endsWith(".JsonMessageHandler")));
    }

    @Test
    void invalidUtf8IsRefusedBeforeTheHandler() throws Exception {
        for (byte[] invalid : List.of(INVALID_UTF8_C3_28, INVALID_UTF8_FF, OVERLONG_SLASH, ENCODED_SURROGATE,
                TRUNCATED_SEQUENCE)) {
            byte[] body = concat("{\"name\":\"しな".getBytes(StandardCharsets.UTF_8), invalid,
                    "わ\"}".getBytes(StandardCharsets.UTF_8));
            Problem problem = problem(post(body, "ja"), 400);
            assertEquals("urn:kyoso:problem:invalid-encoding", problem.type());
            // {"name":"しな is 9 ASCII bytes and two 3-byte characters.
            assertEquals("リクエスト本文が UTF-8 として正しくありません（15 バイト目）。UTF-8 で送信してください。",
                    problem.detail());
        }
        Problem english = problem(post(concat("{\"name\":\"".getBytes(StandardCharsets.UTF_8), INVALID_UTF8_FF,
                "\"}".getBytes(StandardCharsets.UTF_8)), "en"), 400);
        assertEquals("Invalid character encoding", english.title());
        assertEquals("The request body is not valid UTF-8 (at byte 9). Send it encoded as UTF-8.", english.detail());
    }

    @Test
    void utf16IsNotJson() throws Exception {
        Problem problem = problem(post("{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_16LE), "en"), 400);
        assertEquals("urn:kyoso:problem:malformed-body", problem.type());
    }

    @Test
    void exactlyOneJsonValue() throws Exception {
        for (String body : List.of("{\"name\":\"a\"}}", "{\"name\":\"a\"} xyz", "{\"name\":\"a\"} 5",
                "{\"name\":\"a\"}{\"name\":\"b\"}", "{\"name\":\"a\"}]")) {
            Problem problem = problem(post(body), 400);
            assertEquals("urn:kyoso:problem:trailing-content", problem.type(), body);
            assertEquals("JSON の値の後に余分な内容があります。リクエスト本文には JSON の値を1つだけ指定してください。",
                    problem.detail());
        }
        Problem english = problem(post("{\"name\":\"a\"} xyz".getBytes(StandardCharsets.UTF_8), "en"), 400);
        assertEquals("There is extra content after the JSON value. The request body must be exactly one JSON value.",
                english.detail());

        assertEquals("urn:kyoso:problem:malformed-body", problem(post("{\"name\":\"a\",\"name\":\"b\"}"), 400).type());
        assertEquals("urn:kyoso:problem:malformed-body", problem(post("{\"name\":\"a\""), 400).type());
        // The value is bound in the same pass that checks the syntax, yet the syntax is still judged first.
        assertEquals("urn:kyoso:problem:malformed-body", problem(post("{\"name\":5,\"active\":"), 400).type());
        assertEquals("urn:kyoso:problem:trailing-content", problem(post("{\"name\":5} xyz"), 400).type());
        assertEquals("urn:kyoso:problem:malformed-body",
                problem(post("{\"name\":5,\"level\":1,\"level\":2}"), 400).type());
        assertEquals("urn:kyoso:problem:malformed-body",
                problem(post("{\"name\":\"a\",\"extra\":{\"k\":1,\"k\":2}}"), 400).type());
        // Whitespace around the value and a leading byte order mark (RFC 8259 §8.1) are fine.
        assertEquals(200, post(" \n{\"name\":\"a\"}\r\n\t").statusCode());
        assertEquals(200, post(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "{\"name\":\"a\"}".getBytes(StandardCharsets.UTF_8)), "ja").statusCode());
    }

    @Test
    void everyFieldInItsOwnJsonType() throws Exception {
        assertFieldError("{\"name\":[\"x\"]}", "name", "Type.text", "文字列で指定してください");
        assertFieldError("{\"name\":5}", "name", "Type.text", "文字列で指定してください");
        assertFieldError("{\"name\":true}", "name", "Type.text", "文字列で指定してください");
        assertFieldError("{\"name\":{\"$gt\":\"\"}}", "name", "Type.text", "文字列で指定してください");
        assertFieldError("{\"active\":\"yes\"}", "active", "Type.boolean", "true または false で指定してください");
        assertFieldError("{\"active\":\"true\"}", "active", "Type.boolean", "true または false で指定してください");
        assertFieldError("{\"active\":1}", "active", "Type.boolean", "true または false で指定してください");
        assertFieldError("{\"active\":[true]}", "active", "Type.boolean", "true または false で指定してください");
        assertFieldError("{\"level\":\"5\"}", "level", "Type.integer", "整数で指定してください");
        assertFieldError("{\"level\":5.7}", "level", "Type.integer", "整数で指定してください");
        assertFieldError("{\"level\":[5]}", "level", "Type.integer", "整数で指定してください");
        assertFieldError("{\"level\":2147483648}", "level", "Type.range", "指定できる範囲を超えています");
        assertFieldError("{\"amountYen\":\"100\"}", "amountYen", "Type.integer", "整数で指定してください");
        assertFieldError("{\"amountYen\":9223372036854775808}", "amountYen", "Type.range",
                "指定できる範囲を超えています");
        assertFieldError("{\"tags\":[\"a\",[\"b\"]]}", "tags[1]", "Type.text", "文字列で指定してください");
        assertFieldError("{\"commitments\":[{\"target\":\"1\"},{\"target\":[\"11.2\"]}]}", "commitments[1].target",
                "Type.text", "文字列で指定してください");

        HttpResponse<String> english = post("{\"active\":\"' OR 1=1\"}".getBytes(StandardCharsets.UTF_8), "en");
        assertEquals(List.of(new FieldError("active", "Type.boolean", "must be true or false")),
                problem(english, 400).errors());
    }

    @Test
    void validBodiesAreReadAsSent() throws Exception {
        HttpResponse<String> response = post("""
                {"name":"しながわ 🌱 共創","active":true,"level":3,"amountYen":9223372036854775807,
                 "tags":["SDGs","品川"],"commitments":[{"target":"11.2"}],
                 "extra":{"k":[1,"v",true,null,{"n":1.5}]}}""");
        assertEquals(200, response.statusCode(), response.body());
        Map<?, ?> read = json.readValue(response.body(), Map.class);
        assertEquals("しながわ 🌱 共創", read.get("name"));
        assertEquals(true, read.get("active"));
        assertEquals(3, read.get("level"));
        assertEquals(Long.MAX_VALUE, read.get("amountYen"));
        assertEquals(List.of("SDGs", "品川"), read.get("tags"));
        assertEquals(Map.of("k", java.util.Arrays.asList(1, "v", true, null, Map.of("n", 1.5))), read.get("extra"));

        // null is no type error: it is for validation (and @Nullable) to judge.
        HttpResponse<String> nulls = post("{\"name\":null,\"level\":null,\"tags\":null}");
        assertEquals(200, nulls.statusCode(), nulls.body());
    }

    private void assertFieldError(String body, String field, String code, String message) throws Exception {
        HttpResponse<String> response = post(body);
        Problem problem = problem(response, 400);
        assertEquals("urn:kyoso:problem:invalid-input", problem.type(), body);
        assertEquals(List.of(new FieldError(field, code, message)), problem.errors(), body);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return post(body.getBytes(StandardCharsets.UTF_8), "ja");
    }

    private HttpResponse<String> post(byte[] body, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/test/echo"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Problem problem(HttpResponse<String> response, int status) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(Problem.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(null));
        Problem problem = json.readValue(response.body(), Problem.class);
        assertEquals(status, problem.status());
        assertTrue(problem.title() != null && !problem.title().isBlank());
        return problem;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
