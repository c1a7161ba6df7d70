package jp.kyoso.cocreation.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.testsupport.TestTokens;

/** Test helper and object mother: people with tokens, and working groups and meetings created over HTTP. */
public final class MeetingApi {

    public static final String GROUPS = "/api/cocreation/working-groups";
    public static final String MEETINGS = "/api/cocreation/meetings";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final HttpClient http;
    private final JwtTokenGenerator jwt;

    public MeetingApi(HttpClient http, JwtTokenGenerator jwt) {
        this.http = http;
        this.jwt = jwt;
    }

    /** A person of a member organisation; their user id is derived from the name as the portal's tokens do. */
    public Person member(String name) {
        return new Person(name, UUID.nameUUIDFromBytes(name.getBytes()).toString(),
                TestTokens.issue(jwt, name, UUID.randomUUID(), "MEMBER"));
    }

    public Person secretariat() {
        return new Person("secretariat", UUID.nameUUIDFromBytes("secretariat".getBytes()).toString(),
                TestTokens.secretariat(jwt));
    }

    public Map<String, Object> formGroup(String name, boolean closed, boolean privateGroup, Person lead) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "description", name + "の活動",
                "closedMembership", closed, "privateGroup", privateGroup));
        if (lead != null) {
            body.put("leadUserId", lead.userId());
        }
        return post(GROUPS, body, secretariat());
    }

    public Map<String, Object> scheduleMeeting(String groupId, Instant startsAt, int capacity) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "EXCHANGE_OF_VIEWS", "title", "脱炭素に関する意見交換会",
                "agenda", "1. 区内の取組紹介\n2. 意見交換", "startsAtTokyo", tokyo(startsAt),
                "endsAtTokyo", tokyo(startsAt.plus(Duration.ofHours(2))), "place", "品川区役所 第一会議室",
                "capacity", capacity));
        if (groupId != null) {
            body.put("workingGroupId", groupId);
        }
        return post(MEETINGS, body, secretariat());
    }

    public static ZoneId tokyoZone() {
        return TOKYO;
    }

    public static String tokyo(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MINUTES), TOKYO).toString();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> post(String path, Object body, Person as) {
        return http.toBlocking().retrieve(auth(HttpRequest.POST(path, body), as), Map.class);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> get(String path, Person as) {
        return http.toBlocking().retrieve(auth(HttpRequest.GET(path), as), Map.class);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items(String path, Person as) {
        // Serde leaves empty collections out of the JSON.
        return (List<Map<String, Object>>) get(path, as).getOrDefault("items", List.of());
    }

    public void delete(String path, Person as) {
        http.toBlocking().exchange(auth(HttpRequest.DELETE(path), as));
    }

    /** The error response to {@code request}; fails when the request succeeds. */
    public HttpClientResponseException refused(MutableHttpRequest<?> request, Person as) {
        try {
            http.toBlocking().exchange(auth(request, as), String.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("expected an error response to " + request);
    }

    private static <T> MutableHttpRequest<T> auth(MutableHttpRequest<T> request, Person as) {
        return as == null ? request : request.bearerAuth(as.token());
    }

    /** Someone with a token; {@code null} stands for an anonymous visitor. */
    public record Person(String name, String userId, String token) {
    }
}
