package jp.kyoso.cocreation.follow;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Follow a working group or a meeting. */
@Serdeable
public record FollowRequest(@NotNull FollowSubject subjectType, @NotNull UUID subjectId) {
}
