package jp.kyoso.mail;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Links into the portal for mails, under the address the public reaches it at ({@code KYOSO_PUBLIC_BASE_URL},
 * e.g. {@code https://kyoso.city.example.jp}; the local launcher sets the portal's own URL).
 */
@Singleton
public class PortalLinks {

    static final String LOCAL = "http://localhost:8080";
    private final String base;

    public PortalLinks(@Value("${kyoso.public-base-url:}") String base) {
        String given = base == null || base.isBlank() ? LOCAL : base.strip();
        this.base = given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
    }

    /** @return {@code <base>/#<screen>?k=v&...} with the values URL-encoded, in the order given */
    public String screen(String screen, Map<String, String> query) {
        String path = screen.startsWith("/") ? screen : "/" + screen;
        if (query.isEmpty()) {
            return base + "/#" + path;
        }
        return base + "/#" + path + "?" + new LinkedHashMap<>(query).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String screen(String screen) {
        return screen(screen, Map.of());
    }
}
