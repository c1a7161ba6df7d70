package jp.kyoso.portal.audit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.time.Instant;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Reading the audit trail is itself audited: every call to {@code /api/audit}, including the refused ones, leaves an
 * access record like a relayed call. Runs before the security filter so that 401 and 403 answers are seen too.
 */
@Filter({"/api/audit", "/api/audit/**"})
public class AuditReadsFilter implements HttpServerFilter {

    private final AccessRecords access;

    public AuditReadsFilter(AccessRecords access) {
        this.access = access;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Instant received = access.now();
        return Flux.from(chain.proceed(request))
                .doOnNext(response -> access.apiCall(request, received, response.code()));
    }
}
