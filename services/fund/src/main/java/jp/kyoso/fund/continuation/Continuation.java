package jp.kyoso.fund.continuation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** A fund application continues this collaboration project of its organisation. */
@MappedEntity("application_continuation")
public record Continuation(@Id UUID applicationId, UUID projectId) {
}
