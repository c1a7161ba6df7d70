package jp.kyoso.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;

/**
 * The platform's secret signature, pinned to the one algorithm it is configured with (HS256 unless a service says
 * otherwise). Micronaut's own {@link SecretSignature} accepts every HMAC algorithm the key allows, and its validator
 * tries every signature whatever {@code supports} answers, so both {@link #supports} and {@link #verify} refuse a
 * token whose header names another algorithm: an HS384 or HS512 token signed with the platform secret is a 401.
 * Signing (the portal's login) is unchanged.
 */
@EachBean(SecretSignatureConfiguration.class)
@Replaces(SecretSignature.class)
public class PinnedSecretSignature extends SecretSignature {

    private final JWSAlgorithm pinned;

    public PinnedSecretSignature(SecretSignatureConfiguration configuration) {
        super(configuration);
        this.pinned = configuration.getJwsAlgorithm();
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return pinned.equals(algorithm);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the " + pinned.getName() + " JWS algorithm is supported";
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return supports(jwt.getHeader().getAlgorithm()) && super.verify(jwt);
    }
}
