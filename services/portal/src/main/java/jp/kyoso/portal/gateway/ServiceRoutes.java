package jp.kyoso.portal.gateway;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Which service answers which {@code /api/<segment>/**}. A fixed table rather than a map read from configuration,
 * so a stray environment variable cannot open a route to an arbitrary host.
 */
@Singleton
public class ServiceRoutes {

    private final Map<String, URI> bySegment;

    public ServiceRoutes(@Value("${kyoso.services.cocreation.url}") URI cocreation,
                         @Value("${kyoso.services.citylab.url}") URI citylab,
                         @Value("${kyoso.services.declarations.url}") URI declarations,
                         @Value("${kyoso.services.fund.url}") URI fund,
                         @Value("${kyoso.services.kpi.url}") URI kpi) {
        this.bySegment = Map.of(
                "cocreation", baseOf(cocreation),
                "citylab", baseOf(citylab),
                "declarations", baseOf(declarations),
                "fund", baseOf(fund),
                "kpi", baseOf(kpi));
    }

    /**
     * @param rawPath the request's path as received (still percent-encoded), e.g. {@code /api/kpi/partnership}
     * @return the service's base URL, when the path belongs to one
     */
    public Optional<URI> serviceFor(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/api/")) {
            return Optional.empty();
        }
        int end = rawPath.indexOf('/', "/api/".length());
        String segment = end < 0 ? rawPath.substring("/api/".length()) : rawPath.substring("/api/".length(), end);
        return Optional.ofNullable(bySegment.get(segment));
    }

    public Map<String, URI> all() {
        return bySegment;
    }

    private static URI baseOf(URI url) {
        if (url.getScheme() == null || url.getHost() == null) {
            throw new io.micronaut.context.exceptions.ConfigurationException(
                    "kyoso.services.*.url must be an absolute http(s) URL, was " + url);
        }
        String text = url.toString();
        // The request path is appended as is, so a trailing slash would double up.
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
