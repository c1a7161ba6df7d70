package jp.kyoso.cocreation.profile;

import java.util.Optional;
import java.util.UUID;

/**
 * The extension point of the public organisation profile: a bean per section that another context's events feed,
 * such as the SDGs declaration ({@link DeclarationStandings}) and fund grants ({@link GrantsSection}).
 */
public interface ProfileExtension {

    /** The section's key in the profile's {@code extensions}, e.g. {@code declaration} or {@code grants}. */
    String key();

    /** The section for the organisation, or empty when there is nothing to show. Must be public information only. */
    Optional<Object> sectionFor(UUID organisationId);
}
