package jp.kyoso.declarations.directory;

import io.micronaut.core.annotation.Nullable;
import jp.kyoso.declarations.declaration.DeclarationStatus;
import jp.kyoso.events.cocreation.OrganisationType;

/** The directory's optional filters; null means "any". The target is already normalised (e.g. {@code 7.2}). */
public record DirectoryFilter(@Nullable Integer sdgGoal, @Nullable String sdgTarget,
                              @Nullable OrganisationType organisationType, @Nullable DeclarationStatus status,
                              @Nullable String q) {
}
