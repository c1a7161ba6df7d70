package jp.kyoso.citylab.web;

import io.micronaut.core.annotation.Nullable;

/** Optional text fields: blank means absent. */
final class Texts {

    private Texts() {
    }

    static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
