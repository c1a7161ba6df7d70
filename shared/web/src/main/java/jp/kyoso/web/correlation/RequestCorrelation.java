package jp.kyoso.web.correlation;

import io.micronaut.http.HttpRequest;
import java.util.Optional;

/** The correlation id {@link CorrelationIdFilter} chose for a request, kept as a request attribute. */
public final class RequestCorrelation {

    /** Request attribute holding the id chosen for the request. */
    public static final String ATTRIBUTE = "kyoso.correlationId";

    private RequestCorrelation() {
    }

    /** The id the correlation filter chose for {@code request}. */
    public static Optional<String> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class);
    }
}
