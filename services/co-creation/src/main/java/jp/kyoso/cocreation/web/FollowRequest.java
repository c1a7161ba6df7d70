package jp.kyoso.cocreation.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import jp.kyoso.cocreation.domain.FollowSubject;

/** Follow a working group or a meeting. */
@Serdeable
public record FollowRequest(@NotNull FollowSubject subjectType, @NotNull UUID subjectId) {
}
