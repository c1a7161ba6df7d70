package jp.kyoso.portal.gateway;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.HttpServerConfiguration;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import jp.kyoso.correlation.CorrelationIds;
import jp.kyoso.portal.audit.AccessRecords;
import jp.kyoso.web.correlation.RequestCorrelation;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The portal is the one origin of the platform: {@code /api/<service>/**} is streamed unchanged (method, path,
 * query, headers including {@code Authorization}, body) to that service and its answer streamed back, so the
 * browser needs no CORS and never learns where services run.
 *
 * <p>Runs before the security filter on purpose: each service checks the token itself, and the portal must not
 * turn away (or even parse) requests it only relays. A service that cannot be reached becomes a problem+json 502,
 * one that stops answering a 504 after the client's read timeout, instead of a hang.
 */
@Filter("/**")
public class GatewayFilter implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayFilter.class);

    private final ProxyHttpClient client;
    private final ServiceRoutes routes;
    private final GatewayProblems problems;
    private final AccessRecords access;
    private final long maxUploadSize;
    private final long maxBodySize;

    /**
     * @param maxBodySize the largest body other than a multipart upload (JSON, CSV imports); uploads may be as large as
     *                    the server's {@code max-request-size}, which is sized for attachments
     */
    public GatewayFilter(ProxyHttpClient client, ServiceRoutes routes, GatewayProblems problems,
                         AccessRecords access, HttpServerConfiguration server,
                         @Value("${kyoso.gateway.max-body-size:1MB}") @ReadableBytes long maxBodySize) {
        this.client = client;
        this.routes = routes;
        this.problems = problems;
        this.access = access;
        this.maxUploadSize = server.getMaxRequestSize();
        this.maxBodySize = Math.min(maxBodySize, maxUploadSize);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        URI incoming = request.getUri();
        String rawPath = incoming.getRawPath();
        Optional<URI> service = routes.serviceFor(rawPath);
        if (service.isEmpty()) {
            // The portal's own endpoints (sign-in, accounts, audit) take small JSON bodies only: the server's limit is
            // sized for uploads relayed to the services, not for them.
            return request.getContentLength() > maxBodySize ? Mono.just(problems.tooLarge(request))
                    : chain.proceed(request);
        }
        Instant received = access.now();
        if (hasDotSegment(rawPath)) {
            // A service would resolve "..", and a request routed to one service could reach another's paths.
            MutableHttpResponse<?> refused = problems.invalidPath(request);
            access.apiCall(request, received, refused.code());
            return Mono.just(refused);
        }
        boolean upload = request.getContentType().filter(MediaType.MULTIPART_FORM_DATA_TYPE::matches).isPresent();
        if (request.getContentLength() > (upload ? maxUploadSize : maxBodySize)) {
            // Refused before a byte is relayed: streaming it would fail half-way, with a 502 instead of a 413.
            MutableHttpResponse<?> refused = problems.tooLarge(request);
            access.apiCall(request, received, refused.code());
            return Mono.just(refused);
        }
        URI target = URI.create(service.get() + rawPath
                + (incoming.getRawQuery() == null ? "" : "?" + incoming.getRawQuery()));
        MutableHttpRequest<?> outgoing = request.mutate().uri(target);
        // kyoso-web's filter (which runs first) chose the id, from a valid caller header or fresh; the service
        // reuses it, so one id follows the request from the browser into the service's logs and events.
        String correlationId = RequestCorrelation.of(request).orElseGet(CorrelationIds::newId);
        outgoing.getHeaders().set(CorrelationIds.HEADER, correlationId);
        addForwardedHeaders(request, outgoing);
        return Flux.from(client.proxy(outgoing))
                .onErrorResume(error -> Mono.just(upstreamFailed(request, target, error)))
                // Every relayed call leaves an access record for the audit trail, whatever the service answered.
                .doOnNext(response -> access.apiCall(request, received, response.code()));
    }

    private MutableHttpResponse<?> upstreamFailed(HttpRequest<?> request, URI target, Throwable error) {
        if (error instanceof ContentLengthExceededException) {
            // A chunked body that turned out too large while relayed: the caller's fault, not the service's.
            return problems.tooLarge(request);
        }
        boolean timedOut = error instanceof ReadTimeoutException;
        LOG.warn("Gateway: {} {} -> {}:{} failed: {}", request.getMethodName(), request.getPath(), target.getHost(),
                target.getPort(), error.toString());
        return problems.upstreamFailed(request, serviceSegment(request.getUri().getRawPath()), timedOut);
    }

    private static void addForwardedHeaders(HttpRequest<?> original, MutableHttpRequest<?> outgoing) {
        // The proxy rewrites Host to the service's; these keep what the browser used, for links and audit logs.
        String host = original.getHeaders().get("Host");
        if (host != null && !original.getHeaders().contains("X-Forwarded-Host")) {
            outgoing.getHeaders().set("X-Forwarded-Host", host);
        }
        if (!original.getHeaders().contains("X-Forwarded-Proto")) {
            outgoing.getHeaders().set("X-Forwarded-Proto", original.isSecure() ? "https" : "http");
        }
        InetSocketAddress remote = original.getRemoteAddress();
        if (remote != null && remote.getAddress() != null) {
            String prior = original.getHeaders().get("X-Forwarded-For");
            String address = remote.getAddress().getHostAddress();
            outgoing.getHeaders().set("X-Forwarded-For", prior == null ? address : prior + ", " + address);
        }
    }

    private static boolean hasDotSegment(String rawPath) {
        for (String segment : rawPath.split("/")) {
            String decoded = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
            if (decoded.equals(".") || decoded.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static String serviceSegment(String rawPath) {
        String rest = rawPath.substring("/api/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
