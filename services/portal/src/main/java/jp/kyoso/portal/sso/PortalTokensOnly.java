package jp.kyoso.portal.sso;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * A bearer token authenticates a caller of the portal only if the portal signed it (HMAC with {@code KYOSO_JWT_SECRET}).
 * Micronaut's OpenID client adds the identity provider's key set to the same validators that check bearer tokens,
 * since it checks ID tokens with them; without this, any token of the provider (an Entra ID access token with its own
 * {@code roles} claim, say) would be taken as a portal token. The ID token itself is never turned into an
 * authentication this way, so its validation is unaffected.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
class PortalTokensOnly extends DefaultJwtAuthenticationFactory {

    PortalTokensOnly(TokenConfiguration tokenConfiguration, RolesFinder rolesFinder) {
        super(tokenConfiguration, rolesFinder);
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        if (token instanceof SignedJWT signed
                && JWSAlgorithm.Family.HMAC_SHA.contains(signed.getHeader().getAlgorithm())) {
            return super.createAuthentication(token);
        }
        return Optional.empty();
    }
}
