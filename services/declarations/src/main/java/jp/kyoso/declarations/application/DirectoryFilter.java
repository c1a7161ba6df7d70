package jp.kyoso.declarations.application;

import io.micronaut.core.annotation.Nullable;
import jp.kyoso.declarations.domain.DeclarationStatus;
import jp.kyoso.events.cocreation.OrganisationType;

/** The directory's optional filters; null means "any". The target is already normalised (e.g. {@code 7.2}). */
public record DirectoryFilter(@Nullable Integer goal, @Nullable String target,
                              @Nullable OrganisationType organisationType, @Nullable DeclarationStatus status,
                              @Nullable String keyword) {
}
