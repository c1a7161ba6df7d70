package jp.kyoso.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PinnedSecretSignatureTest {

    private static final String SECRET = "a-secret-of-sixty-four-bytes-so-that-every-hmac-algorithm-fits!!";

    @Test
    void signsAndVerifiesWithTheConfiguredAlgorithmOnly() throws Exception {
        PinnedSecretSignature signature = new PinnedSecretSignature(configuration());

        SignedJWT own = signature.sign(new JWTClaimsSet.Builder().subject("hanako").build());

        assertEquals(JWSAlgorithm.HS256, own.getHeader().getAlgorithm());
        assertTrue(signature.verify(SignedJWT.parse(own.serialize())));
        assertTrue(signature.supports(JWSAlgorithm.HS256));
        for (JWSAlgorithm other : new JWSAlgorithm[] {JWSAlgorithm.HS384, JWSAlgorithm.HS512}) {
            assertFalse(signature.supports(other), other.getName());
            assertFalse(signature.verify(signedWithTheSameSecret(other)), other.getName());
        }
    }

    private static SecretSignatureConfiguration configuration() {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(SECRET);
        return configuration;
    }

    private static SignedJWT signedWithTheSameSecret(JWSAlgorithm algorithm) throws JOSEException {
        SignedJWT token = new SignedJWT(new JWSHeader(algorithm), new JWTClaimsSet.Builder().subject("hanako").build());
        token.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return token;
    }
}
