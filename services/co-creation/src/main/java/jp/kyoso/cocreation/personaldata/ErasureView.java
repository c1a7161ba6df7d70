package jp.kyoso.cocreation.personaldata;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * The outcome of an erasure.
 *
 * @param erasedNow false when the person had been erased before (nothing changed)
 */
@Serdeable
public record ErasureView(UUID memberId, String pseudonym, boolean erasedNow) {
}
