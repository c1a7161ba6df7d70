package jp.kyoso.cocreation.application;

import java.util.Optional;
import java.util.UUID;

/**
 * The extension point of the public organisation profile: a bean per section that another context's events feed.
 * The SDGs declaration status and fund grants are meant to come in this way, each from a projection of the
 * declarations and fund events kept in this service; none exists yet.
 */
public interface ProfileExtension {

    /** The section's key in the profile's {@code extensions}, e.g. {@code declaration} or {@code grants}. */
    String key();

    /** The section for the organisation, or empty when there is nothing to show. Must be public information only. */
    Optional<Object> sectionFor(UUID organisationId);
}
