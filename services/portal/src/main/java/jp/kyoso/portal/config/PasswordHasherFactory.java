package jp.kyoso.portal.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jp.kyoso.portal.credentials.PasswordHasher;

@Factory
class PasswordHasherFactory {

    /** Raising {@code kyoso.security.password-iterations} re-hashes each account at its next sign-in. */
    @Singleton
    PasswordHasher passwordHasher(@Value("${kyoso.security.password-iterations:210000}") int iterations) {
        return new PasswordHasher(iterations);
    }
}
