package jp.kyoso.portal.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import jp.kyoso.portal.domain.LoginThrottle;
import jp.kyoso.portal.domain.PasswordHasher;

@Factory
class PasswordHasherFactory {

    /** Raising {@code kyoso.security.password-iterations} re-hashes each account at its next sign-in. */
    @Singleton
    PasswordHasher passwordHasher(@Value("${kyoso.security.password-iterations:210000}") int iterations) {
        return new PasswordHasher(iterations);
    }

    /** Five failures per username in fifteen minutes by default ({@code kyoso.security.login-throttle.*}). */
    @Singleton
    LoginThrottle loginThrottle(@Value("${kyoso.security.login-throttle.max-failures:5}") int maxFailures,
                                @Value("${kyoso.security.login-throttle.window:15m}") Duration window) {
        return new LoginThrottle(maxFailures, window);
    }
}
