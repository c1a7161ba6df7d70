package jp.kyoso.declarations.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import jp.kyoso.declarations.Api;
import jp.kyoso.declarations.Declarants;
import jp.kyoso.declarations.TestClock;
import jp.kyoso.declarations.organisation.OrganisationDirectory;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Registration numbers under concurrent registrations: unique, consecutive, nothing lost to a failed attempt. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationNumberingIT implements TestPropertyProvider {

    private static final String BASE = "/api/declarations";
    private static final int DECLARATIONS = 12;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    TestClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = ServiceTestProperties.forService("declarations_numbering_it");
        // The tests move the clock themselves; the scheduled sweep must not act on it in between.
        properties.put("kyoso.declarations.sweep-enabled", "false");
        return properties;
    }

    @AfterAll
    void realTime() {
        clock.set(null);
    }

    @Test
    void concurrentRegistrationsGetConsecutiveNumbersAndARacingDuplicateConsumesNone() throws Exception {
        Api api = new Api(http);
        clock.setTokyo(2041, 11, 2);
        List<String> ids = IntStream.range(0, DECLARATIONS + 1).mapToObj(i -> submitted(api, "並行登録" + i)).toList();
        String secretariat = TestTokens.secretariat(jwt);

        // Every declaration is registered twice at once: one attempt must win, the other must fail with 409.
        List<String> attempts = new ArrayList<>();
        ids.subList(0, DECLARATIONS).forEach(id -> {
            attempts.add(id);
            attempts.add(id);
        });
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        try {
            for (String id : attempts) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return api.post(BASE + "/" + id + "/register", "", secretariat).get("registrationNumber");
                    } catch (HttpClientResponseException e) {
                        return e.getStatus();
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get());
            }
            List<String> numbers = outcomes.stream().filter(String.class::isInstance).map(String.class::cast)
                    .sorted().toList();
            assertEquals(IntStream.rangeClosed(1, DECLARATIONS).mapToObj(n -> "SDGs-2041-%04d".formatted(n)).toList(),
                    numbers);
            assertEquals(DECLARATIONS, outcomes.stream().filter(HttpStatus.CONFLICT::equals).count());
        } finally {
            pool.shutdownNow();
        }

        // The twelve losing attempts rolled their increments back: the next number follows without a gap.
        assertEquals("SDGs-2041-%04d".formatted(DECLARATIONS + 1),
                api.post(BASE + "/" + ids.get(DECLARATIONS) + "/register", "", secretariat).get("registrationNumber"));

        // A new fiscal year (April 1 in Tokyo) starts again at 0001.
        clock.setTokyo(2042, 4, 1);
        assertEquals("SDGs-2042-0001", api.post(BASE + "/" + submitted(api, "新年度") + "/register", "", secretariat)
                .get("registrationNumber"));
    }

    private String submitted(Api api, String name) {
        UUID organisation = UUID.randomUUID();
        organisations.approved(organisation, name + "株式会社", OrganisationType.SME, Instant.now());
        String member = TestTokens.member(jwt, organisation);
        Map<String, Object> draft = api.post(BASE, Declarants.balancedForm(name + "のビジョン"), member);
        String id = (String) draft.get("id");
        api.call(HttpRequest.POST(BASE + "/" + id + "/submit", Map.of("version", Api.version(draft)))
                .bearerAuth(member));
        return id;
    }
}
