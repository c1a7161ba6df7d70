package jp.kyoso.portal.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * @param loginUrl where the browser goes to sign in at the identity provider; null when single sign-on is off
 * @param label    the button's text as the city configured it; empty for the screen's own
 */
@Serdeable
public record SsoStatus(boolean enabled, @Nullable String loginUrl, @Nullable String label) {
}
