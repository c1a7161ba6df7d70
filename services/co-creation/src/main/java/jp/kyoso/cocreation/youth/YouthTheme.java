package jp.kyoso.cocreation.youth;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A theme students propose policy ideas on (e.g. 「公園をもっと使いやすく」); ideas are accepted while it is open. */
@MappedEntity("youth_theme")
public record YouthTheme(
        @Id UUID id,
        String title,
        String description,
        boolean open,
        String createdBy,
        Instant createdAt) {

    public YouthTheme closed() {
        return new YouthTheme(id, title, description, false, createdBy, createdAt);
    }
}
