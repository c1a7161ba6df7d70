package jp.kyoso.portal.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The code the identity provider's redirect left in the page's address. */
@Serdeable
public record SsoCodeRequest(@Nullable String code) {
}
