package jp.kyoso.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A remembered token proves exactly what it proved when it was validated, and no longer than it is valid. */
@MicronautTest
class RememberingTokenAuthenticationFetcherTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JwtTokenGenerator tokens;

    @Inject
    Collection<AuthenticationFetcher<HttpRequest<?>>> fetchers;

    @Test
    void replacesMicronautsBearerTokenFetcher() {
        assertTrue(fetchers.stream().noneMatch(fetcher -> fetcher.getClass() == TokenAuthenticationFetcher.class));
        assertEquals(1, fetchers.stream().filter(RememberingTokenAuthenticationFetcher.class::isInstance).count());
    }

    @Test
    void aRepeatedTokenStillAuthenticatesItsOwnUser() {
        String taro = token("taro", "org-1", 600);
        String hanako = token("hanako", "org-2", 600);

        for (int i = 0; i < 3; i++) {
            assertEquals("taro org-1", me(taro));
            assertEquals("hanako org-2", me(hanako));
        }
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        String shortLived = token("jiro", "org-3", 2);
        assertEquals("jiro org-3", me(shortLived));

        Thread.sleep(3_000);

        assertEquals(401, status(shortLived));
    }

    @Test
    void aTamperedTokenIsRefusedEvenWhenTheGenuineOneWasAccepted() {
        String genuine = token("saburo", "org-4", 600);
        assertEquals("saburo org-4", me(genuine));

        String[] parts = genuine.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertEquals(401, status(forged));
        assertEquals(401, status(forged));
    }

    private String token(String name, String organisation, int seconds) {
        Authentication user = Authentication.build(name, List.of(Roles.MEMBER),
                Map.of(KyosoClaims.USER_ID, "u-" + name, KyosoClaims.ORGANISATION_ID, organisation));
        return tokens.generateToken(user, seconds).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private String me(String token) {
        Map<String, Object> me = client.toBlocking().retrieve(HttpRequest.GET("/test/me").bearerAuth(token),
                Argument.mapOf(String.class, Object.class));
        assertInstanceOf(String.class, me.get("username"));
        return me.get("username") + " " + me.get("organisationId");
    }

    private int status(String token) {
        MutableHttpRequest<?> request = HttpRequest.GET("/test/me").bearerAuth(token);
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
            return response.code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
