package jp.kyoso.cocreation.youth;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * The outcome of a youth participant's erasure.
 *
 * @param erasedNow false when the participant had been erased before (nothing changed)
 */
@Serdeable
public record YouthErasureView(UUID participantId, String pseudonym, boolean erasedNow) {
}
