package jp.kyoso.cocreation.directory;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/**
 * One approved member as the public directory lists it: no contact data. The declaration columns are null when the
 * organisation never registered an SDGs declaration; its goals come comma-separated.
 */
@Introspected
public record DirectoryEntry(UUID id, String name, String organisationType, @Nullable String registrationNumber,
                             @Nullable String declarationStatus, @Nullable String declarationGoals,
                             long projects, long seeds) {
}
