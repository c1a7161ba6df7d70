package jp.kyoso.portal.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses to start a non-demo portal whose JWT secret is one that has been written down somewhere (docs, demo
 * scripts, framework guides): with such a secret anyone can mint a token for any role in every service.
 * Eager ({@link Context}) so the process dies before it listens, with a message that says what to do.
 */
@Context
public class DemoSecretGuard {

    /** Values that appear in documentation, guides or demo set-ups; compared ignoring case and surrounding space. */
    static final Set<String> PUBLISHED_SECRETS = Set.of(
            "kyoso-demo",
            "kyoso-demo-secret",
            "kyoso-dev",
            "kyoso-dev-secret",
            "kyoso-local",
            "kyoso-local-secret",
            "kyoso-test-secret",
            "kyoso-demo-jwt-secret-not-for-production",
            "kyoso-dev-jwt-secret-not-for-production",
            "pleasechangethissecretforanewone",
            "changeme",
            "change-me",
            "secret",
            "password");

    /** HS256 needs a 256-bit key; the JWT library would fail later, at the first sign-in, less clearly. */
    static final int MINIMUM_SECRET_BYTES = 32;

    public DemoSecretGuard(@Value("${kyoso.jwt.secret}") String secret,
                           @Value("${kyoso.demo.enabled:false}") boolean demoEnabled) {
        check(secret, demoEnabled);
    }

    static void check(String secret, boolean demoEnabled) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
            throw new ConfigurationException("kyoso.jwt.secret (env KYOSO_JWT_SECRET) must be at least "
                    + MINIMUM_SECRET_BYTES + " bytes; generate one with: openssl rand -base64 48");
        }
        if (!demoEnabled && PUBLISHED_SECRETS.contains(secret.strip().toLowerCase(Locale.ROOT))) {
            throw new ConfigurationException("Refusing to start: kyoso.jwt.secret (env KYOSO_JWT_SECRET) is a "
                    + "published demo/development value and kyoso.demo.enabled is not true. Anyone could forge "
                    + "tokens with it. Set a random secret (openssl rand -base64 48) shared by all kyoso services.");
        }
    }
}
