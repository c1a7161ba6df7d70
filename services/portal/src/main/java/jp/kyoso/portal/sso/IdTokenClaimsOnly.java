package jp.kyoso.portal.sso;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.security.oauth2.client.DefaultOpenIdProviderMetadata;
import jakarta.inject.Singleton;

/**
 * Drops the identity provider's userinfo endpoint from its discovered metadata. kyoso reads a person's claims from
 * the validated ID token only; left in, the endpoint would make Micronaut register a bearer-token validator that
 * accepts any token the provider's userinfo answers for, so an access token of the provider would authenticate a
 * caller of the portal. With {@link PortalTokensOnly}, a bearer token is the portal's own or nothing.
 */
@Singleton
class IdTokenClaimsOnly implements BeanCreatedEventListener<DefaultOpenIdProviderMetadata> {

    @Override
    public DefaultOpenIdProviderMetadata onCreated(BeanCreatedEvent<DefaultOpenIdProviderMetadata> event) {
        DefaultOpenIdProviderMetadata metadata = event.getBean();
        metadata.setUserinfoEndpoint(null);
        return metadata;
    }
}
