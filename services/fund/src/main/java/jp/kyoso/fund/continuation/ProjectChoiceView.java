package jp.kyoso.fund.continuation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A collaboration project an application may continue; {@code title} is missing for projects known before V10_1. */
@Serdeable
public record ProjectChoiceView(UUID projectId, @Nullable String title) {

    public static ProjectChoiceView of(ContinuedProject project) {
        return new ProjectChoiceView(project.projectId(), project.title());
    }
}
