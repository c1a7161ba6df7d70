package jp.kyoso.web.correlation;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import jp.kyoso.correlation.CorrelationIds;

/**
 * Chooses the request's correlation id and makes it visible everywhere: request attribute, propagated context (hence
 * the MDC on event-loop and {@code @ExecuteOn} threads alike) and the response header.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
public final class CorrelationIdFilter implements Ordered {

    @RequestFilter
    public void onRequest(HttpRequest<?> request, MutablePropagatedContext context) {
        String supplied = request.getHeaders().get(CorrelationIds.HEADER);
        String id = CorrelationIds.isValid(supplied) ? supplied : CorrelationIds.newId();
        request.setAttribute(RequestCorrelation.ATTRIBUTE, id);
        context.add(CorrelationIds.element(id));
    }

    @ResponseFilter
    public void onResponse(HttpRequest<?> request, MutableHttpResponse<?> response) {
        RequestCorrelation.of(request).ifPresent(id -> response.getHeaders().set(CorrelationIds.HEADER, id));
    }

    // Before security and everything else, so that rejections and their log lines carry the id too.
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
