package jp.kyoso.citylab.shared;

import io.micronaut.core.annotation.Nullable;

/** Optional text fields: blank means absent. */
public final class Texts {

    private Texts() {
    }

    public static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
