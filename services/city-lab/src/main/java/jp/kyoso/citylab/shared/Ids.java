package jp.kyoso.citylab.shared;

import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/** Events carry ids as text, and an optional reference (an issue, a seed, a test field) as null when absent. */
public final class Ids {

    private Ids() {
    }

    @Nullable
    public static String text(@Nullable UUID id) {
        return id == null ? null : id.toString();
    }
}
