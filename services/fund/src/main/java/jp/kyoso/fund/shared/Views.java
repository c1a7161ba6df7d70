package jp.kyoso.fund.shared;

import io.micronaut.http.HttpRequest;
import java.util.Locale;
import jp.kyoso.web.i18n.RequestLocale;

/** Helpers shared by the views. */
public final class Views {

    private Views() {
    }

    /** A page cut from a short list held in memory (registers and assignments of one call are small). */
    public static <T> jp.kyoso.web.paging.PageResponse<T> page(java.util.List<T> all, jp.kyoso.web.paging.PageRequest paging) {
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.limit(), all.size());
        return jp.kyoso.web.paging.PageResponse.of(all.subList(from, to), paging, all.size());
    }

    /** Message keys to text in the request's language. */
    public static java.util.function.UnaryOperator<String> translator(jp.kyoso.web.i18n.Messages messages,
                                                              HttpRequest<?> request) {
        Locale locale = RequestLocale.of(request);
        return key -> messages.get(locale, key);
    }

    public static boolean english(HttpRequest<?> request) {
        return Locale.ENGLISH.equals(RequestLocale.of(request));
    }
}
