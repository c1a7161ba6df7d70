package jp.kyoso.declarations.declaration;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/**
 * One commitment of a declaration: an SDG target (one of the 169, normalised), the concrete action, how progress is
 * measured (indicator, baseline, target value and year). Values are text because real indicators carry units.
 */
@MappedEntity("commitment")
public record Commitment(
        @Id UUID id,
        UUID declarationId,
        int position,
        String target,
        int goal,
        String action,
        String indicator,
        String baseline,
        String targetValue,
        int targetYear) {
}
