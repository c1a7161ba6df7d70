package jp.kyoso.portal.sso;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;

/** The claim mapping, read once at start-up so that a mistake in KYOSO_SSO_ROLES or KYOSO_SSO_DEPARTMENTS stops it. */
@Factory
class SsoFactory {

    @Context
    ClaimMapping claimMapping(SsoSettings settings) {
        return new ClaimMapping(settings.getRolesClaim(), settings.getRoles(), settings.getDepartmentClaim(),
                settings.getDepartments());
    }
}
