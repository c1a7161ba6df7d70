package jp.kyoso.web.i18n;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Chooses the response language of a request: the best supported match of {@code Accept-Language}, else Japanese. */
public final class RequestLocale {

    private RequestLocale() {
    }

    /** The language to answer {@code request} in; always one of {@link Messages#SUPPORTED}. */
    public static Locale of(HttpRequest<?> request) {
        return fromAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The best supported language for an {@code Accept-Language} value; Japanese when absent, malformed or unsupported. */
    public static Locale fromAcceptLanguage(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.DEFAULT_LOCALE;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage); // best first
        } catch (IllegalArgumentException malformed) {
            return Messages.DEFAULT_LOCALE;
        }
        Set<String> excluded = ranges.stream().filter(range -> range.getWeight() == 0)
                .map(range -> primaryLanguage(range.getRange())).collect(Collectors.toSet());
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0) {
                continue;
            }
            // Only the language matters to us: "en-US" and "en-GB" both mean our English.
            String language = primaryLanguage(range.getRange());
            for (Locale supported : Messages.SUPPORTED) {
                boolean wildcard = language.equals("*") && !excluded.contains(supported.getLanguage());
                if (wildcard || supported.getLanguage().equals(language)) {
                    return supported;
                }
            }
        }
        return Messages.DEFAULT_LOCALE;
    }

    private static String primaryLanguage(String range) {
        int dash = range.indexOf('-');
        return (dash < 0 ? range : range.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
