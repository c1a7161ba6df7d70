package jp.kyoso.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.kyoso.portal.account.DemoUserSeeder;
import jp.kyoso.portal.account.AppUserRepository;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The portal as production runs it: no demo mode, so no demo accounts; the home page is public. */
@MicronautTest(transactional = false)
// Per-class, so JUnit has the instance whose getProperties() configures the context before it starts.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalWithoutDemoIT implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    ApplicationContext context;

    @Inject
    AppUserRepository users;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("portal_nodemo_it");
    }

    @Test
    void noDemoUserExistsOutsideDemoMode() throws Exception {
        assertFalse(context.containsBean(DemoUserSeeder.class));
        assertEquals(0, users.count());

        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"kyoso-demo\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, login.statusCode());
    }

    @Test
    void theHomePageAndItsAssetsArePublic() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(home.body().contains("kyoso 共創 — SDGsパートナーシップ"));

        HttpResponse<String> script = get("/assets/portal.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElseThrow().contains("javascript"),
                "ES modules load only with a JavaScript media type");
        assertTrue(get("/assets/screens/kpi/dashboard.js").body().contains("/api/kpi/partnership"));
        for (String asset : List.of("/assets/portal.js", "/assets/api.js", "/assets/session.js",
                "/assets/screens/account/login.js")) {
            String body = get(asset).body().toLowerCase();
            assertFalse(body.contains("jwt.secret") || body.contains("jwt_secret") || body.contains("kyoso-demo"),
                    asset + ": no secret may be shipped to the browser");
        }
    }

    @Test
    void thereIsNoLocalMailboxOutsideDemoMode() throws Exception {
        // Production mails go to the city's SMTP server; nobody reads them through the portal.
        assertEquals(404, get("/local-mailbox?address=member%40shinagawa-tech.example.jp").statusCode());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
