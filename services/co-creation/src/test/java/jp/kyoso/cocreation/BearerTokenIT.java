package jp.kyoso.cocreation;

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
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.kyoso.testsupport.ServiceTestProperties;
import jp.kyoso.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Only tokens signed with the platform's secret open a protected endpoint: expired, forged (another secret),
 * unsigned ({@code alg: none}) and malformed tokens are all 401, even with the secretariat's claims; so are tokens
 * signed with the platform's own secret under another algorithm than HS256 (HS384, HS512), which Micronaut's secret
 * signature would accept were it not pinned ({@code PinnedSecretSignature} in kyoso-web).
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

    @Test
    void tokensSignedWithThePlatformSecretUnderAnotherAlgorithmAreRefused() throws Exception {
        byte[] rightSecret = ServiceTestProperties.TEST_JWT_SECRET.getBytes(StandardCharsets.UTF_8);
        Instant now = Instant.now();
        JWTClaimsSet claims = claims(now, now.plusSeconds(3600));

        assertEquals(HttpStatus.UNAUTHORIZED, status(signed(JWSAlgorithm.HS384, rightSecret, claims)), "HS384");
        assertEquals(HttpStatus.UNAUTHORIZED, status(hmac("HS512", "HmacSHA512", rightSecret, claims)), "HS512");
        // The control: the hand-made HMAC is right, since the same construction under HS256 is accepted.
        assertEquals(HttpStatus.OK, status(hmac("HS256", "HmacSHA256", rightSecret, claims)), "HS256");
    }

    /**
     * Signs by hand, since Nimbus refuses to sign HS512 with a key shorter than 512 bits (the test secret is shorter)
     * but a verifier that trusted the header would still check such a token.
     */
    private static String hmac(String alg, String jcaName, byte[] secret, JWTClaimsSet claims) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString(("{\"alg\":\"" + alg + "\"}").getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance(jcaName);
        mac.init(new SecretKeySpec(secret, jcaName));
        return input + "." + url.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
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
