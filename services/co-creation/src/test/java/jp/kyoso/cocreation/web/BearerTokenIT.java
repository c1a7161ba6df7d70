package jp.kyoso.cocreation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Only tokens signed with the platform's secret open a protected endpoint: expired, forged (another secret),
 * unsigned ({@code alg: none}) and malformed tokens are all 401, even with the secretariat's claims. (Pinning the
 * algorithm to HS256 is open: Micronaut's secret signature accepts every HMAC algorithm the key allows.)
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BearerTokenIT implements TestPropertyProvider {

    private static final String PROTECTED = "/api/cocreation/organisations?status=PENDING";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JwtTokenGenerator jwt;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("cocreation_token_it");
    }

    @Test
    void theSecretariatsOwnTokenOpensTheEndpoint() {
        assertEquals(HttpStatus.OK, http.toBlocking().exchange(HttpRequest.GET(PROTECTED)
                .bearerAuth(TestTokens.secretariat(jwt))).getStatus());
    }

    @Test
    void expiredForgedUnsignedAndMalformedTokensAreRefused() throws JOSEException {
        byte[] rightSecret = ServiceTestProperties.TEST_JWT_SECRET.getBytes(StandardCharsets.UTF_8);
        byte[] otherSecret = "an-attacker-s-own-secret-of-enough-length-0123456789".getBytes(StandardCharsets.UTF_8);
        Instant now = Instant.now();

        assertEquals(HttpStatus.UNAUTHORIZED, status(signed(JWSAlgorithm.HS256, rightSecret,
                claims(now.minusSeconds(7200), now.minusSeconds(3600)))), "expired");
        assertEquals(HttpStatus.UNAUTHORIZED, status(signed(JWSAlgorithm.HS256, otherSecret,
                claims(now, now.plusSeconds(3600)))), "forged with another secret");
        assertEquals(HttpStatus.UNAUTHORIZED, status(new PlainJWT(claims(now, now.plusSeconds(3600))).serialize()),
                "unsigned");
        assertEquals(HttpStatus.UNAUTHORIZED, status("not-a-jwt"), "garbage");
        // The control: the same claims, signed as the portal signs, are accepted.
        assertEquals(HttpStatus.OK, status(signed(JWSAlgorithm.HS256, rightSecret, claims(now, now.plusSeconds(3600)))));
    }

    private HttpStatus status(String token) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET(PROTECTED).bearerAuth(token)).getStatus();
        } catch (HttpClientResponseException e) {
            return e.getStatus();
        }
    }

    private static JWTClaimsSet claims(Instant issued, Instant expires) {
        return new JWTClaimsSet.Builder().subject("secretariat").claim("roles", List.of("SECRETARIAT"))
                .claim("uid", "00000000-0000-4000-8000-000000000a02").claim("name", "secretariat")
                .issueTime(Date.from(issued)).notBeforeTime(Date.from(issued)).expirationTime(Date.from(expires))
                .build();
    }

    private static String signed(JWSAlgorithm algorithm, byte[] secret, JWTClaimsSet claims) throws JOSEException {
        SignedJWT token = new SignedJWT(new JWSHeader(algorithm), claims);
        token.sign(new MACSigner(secret));
        return token.serialize();
    }
}
