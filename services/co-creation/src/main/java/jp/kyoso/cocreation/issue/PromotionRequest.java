package jp.kyoso.cocreation.issue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** Promotion to City Lab, optionally naming the city department expected to own the challenge. */
@Serdeable
public record PromotionRequest(@Nullable UUID departmentId) {
}
