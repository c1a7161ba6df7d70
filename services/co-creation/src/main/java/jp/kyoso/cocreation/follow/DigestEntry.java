package jp.kyoso.cocreation.follow;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** One activity in a digest. */
@MappedEntity("digest_entry")
public record DigestEntry(@Id UUID id, UUID digestId, UUID activityId) {
}
