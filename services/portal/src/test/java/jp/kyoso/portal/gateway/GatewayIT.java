package jp.kyoso.portal.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import jp.kyoso.testsupport.ServiceTestProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The gateway against a stand-in service: a bare JDK HTTP server, so what arrives upstream is exactly what the
 * portal sent, with no framework in between to tidy it up.
 */
@MicronautTest(transactional = false)
// Per-class, so JUnit has the instance whose getProperties() configures the context before it starts.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayIT implements TestPropertyProvider {

    private static final Upstream KPI = new Upstream();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    EmbeddedServer portal;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(ServiceTestProperties.forService("portal_gateway_it"));
        properties.put("kyoso.services.kpi.url", KPI.url());
        properties.put("kyoso.services.fund.url", "http://127.0.0.1:" + closedPort());
        properties.put("kyoso.gateway.read-timeout", "1s");
        return properties;
    }

    @AfterAll
    static void stopUpstream() {
        KPI.stop();
    }

    @BeforeEach
    void forgetLastRequest() {
        KPI.last.set(null);
    }

    @Test
    void aGetIsForwardedWithPathQueryAndAuthorizationAndTheAnswerComesBack() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        portalUri("/api/kpi/partnership?fy=2025&q=%E5%85%B1%E5%89%B5&tag=a&tag=b"))
                .header("Authorization", "Bearer header.payload.signature")
                .header("Accept", "application/json")
                .GET());

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"answer\":\"partnership\"}", response.body());

        Received received = KPI.last.get();
        assertEquals("GET", received.method());
        assertEquals("/api/kpi/partnership", received.rawPath());
        assertEquals("fy=2025&q=%E5%85%B1%E5%89%B5&tag=a&tag=b", received.rawQuery());
        assertEquals("Bearer header.payload.signature", received.header("Authorization"));
        assertEquals("application/json", received.header("Accept"));
        String correlationId = received.header("X-Correlation-Id");
        assertNotNull(correlationId, "the gateway adds a correlation id when the caller sent none");
        assertEquals(correlationId, response.headers().firstValue("X-Correlation-Id").orElseThrow());
        assertEquals("127.0.0.1:" + portal.getPort(), received.header("X-Forwarded-Host"));
    }

    @Test
    void aPostIsForwardedWithItsBodyAndTheCallersCorrelationId() throws Exception {
        String body = "{\"name\":\"しながわテック株式会社\",\"count\":3}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(portalUri("/api/kpi/imports?dryRun=true"))
                .header("Authorization", "Bearer abc")
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-Correlation-Id", "req-2025-0001")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

        assertEquals(201, response.statusCode());
        assertEquals("text/plain; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("/api/kpi/imports/42", response.headers().firstValue("Location").orElseThrow());
        assertEquals("received " + body, response.body());

        Received received = KPI.last.get();
        assertEquals("POST", received.method());
        assertEquals("dryRun=true", received.rawQuery());
        assertEquals(body, received.body());
        assertEquals("application/json; charset=utf-8", received.header("Content-Type"));
        assertEquals("Bearer abc", received.header("Authorization"));
        assertEquals("req-2025-0001", received.header("X-Correlation-Id"));
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedWith413AndNeverRelayed() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(portalUri("/api/kpi/imports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + "共".repeat(400_000) + "\"}")));

        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("urn:kyoso:problem:payload-too-large"), response.body());
        assertEquals(null, KPI.last.get());
    }

    @Test
    void thePortalsOwnEndpointsRefuseABodyOverTheJsonLimitThoughTheServerTakesUploads() throws Exception {
        for (String path : List.of("/login", "/accounts/password-reset")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(portalUri(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + "共".repeat(400_000) + "\"}")));

            assertEquals(413, response.statusCode(), path + ": " + response.body());
            assertTrue(response.body().contains("urn:kyoso:problem:payload-too-large"), response.body());
        }
    }

    @Test
    void aMultipartUploadLargerThanAJsonBodyMayBeIsRelayedWhole() throws Exception {
        String boundary = "kyoso-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"計画書.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7 " + "x".repeat(3 * 1024 * 1024) + "\r\n--" + boundary
                + "--\r\n";
        HttpResponse<String> response = send(HttpRequest.newBuilder(portalUri("/api/kpi/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

        assertEquals(201, response.statusCode());
        assertEquals(body, KPI.last.get().body());
    }

    @Test
    void otherMethodsAndErrorAnswersPassThroughUnchanged() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(portalUri("/api/kpi/missing"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()));

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"status\":404,\"title\":\"upstream says no\"}", response.body());
        assertEquals("DELETE", KPI.last.get().method());
    }

    @Test
    void anUnreachableServiceIsABadGatewayProblemInJapanese() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(portalUri("/api/fund/calls")).GET());

        assertEquals(502, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        Map<String, Object> problem = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        assertEquals(502, ((Number) problem.get("status")).intValue());
        assertEquals("urn:kyoso:problem:upstream-unavailable", problem.get("type"));
        assertEquals("サービスに接続できません", problem.get("title"));
        assertTrue(((String) problem.get("detail")).contains("ファンド"));
        assertEquals("/api/fund/calls", problem.get("instance"));
    }

    @Test
    void anUnreachableServiceIsExplainedInEnglishWhenAskedFor() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(portalUri("/api/fund/calls"))
                .header("Accept-Language", "en-GB,en;q=0.9,ja;q=0.5").GET());

        assertEquals(502, response.statusCode());
        Map<String, Object> problem = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        assertEquals("Service unavailable", problem.get("title"));
    }

    @Test
    void aServiceThatStopsAnsweringIsAGatewayTimeoutNotAHang() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(portalUri("/api/kpi/hang")).GET());
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(504, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(elapsedMillis < 10_000, "took " + elapsedMillis + " ms");
    }

    @Test
    void pathsOutsideTheServicesAreNotForwarded() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(portalUri("/api/unknown/things")).GET());

        assertEquals(404, response.statusCode());
        assertEquals(null, KPI.last.get());
    }

    @Test
    void dotSegmentsAreRefusedBeforeTheyReachAService() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(portalUri("/api/kpi/%2e%2e/fund/calls")).GET());

        assertEquals(400, response.statusCode());
        assertEquals(null, KPI.last.get());
    }

    private URI portalUri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + portal.getPort() + pathAndQuery);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Received(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    /** Stands for the kpi service: records what it was sent and answers according to the path. */
    static final class Upstream {

        final AtomicReference<Received> last = new AtomicReference<>();
        private final CountDownLatch releaseHung = new CountDownLatch(1);
        private final ExecutorService executor = Executors.newCachedThreadPool();
        private final HttpServer server;

        Upstream() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.setExecutor(executor);
            server.createContext("/", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void stop() {
            releaseHung.countDown();
            server.stop(0);
            executor.shutdownNow();
        }

        private void handle(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            URI uri = exchange.getRequestURI();
            last.set(new Received(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            switch (uri.getRawPath()) {
                case "/api/kpi/partnership" -> answer(exchange, 200, "application/json", "{\"answer\":\"partnership\"}");
                case "/api/kpi/imports" -> {
                    exchange.getResponseHeaders().add("Location", "/api/kpi/imports/42");
                    answer(exchange, 201, "text/plain; charset=utf-8", "received " + body);
                }
                case "/api/kpi/hang" -> {
                    try {
                        // A service that accepted the request and then stopped answering.
                        releaseHung.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.close();
                }
                default -> answer(exchange, 404, "application/problem+json",
                        "{\"status\":404,\"title\":\"upstream says no\"}");
            }
        }

        private static void answer(HttpExchange exchange, int status, String contentType, String body)
                throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }
}
