package jp.kyoso.cocreation.youth;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A theme, public. */
@Serdeable
public record YouthThemeView(UUID id, String title, String description, boolean open, Instant createdAt) {

    static YouthThemeView of(YouthTheme theme) {
        return new YouthThemeView(theme.id(), theme.title(), theme.description(), theme.open(), theme.createdAt());
    }
}
