package jp.kyoso.portal.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

class DemoSecretGuardTest {

    private static final String PUBLISHED = "pleaseChangeThisSecretForANewOne";
    private static final String RANDOM = "q0Zr3v7WfX1d9sPjK2mLbN8tYc4uHe6A+Gi5oQ==";

    @Test
    void aPublishedSecretIsRefusedOutsideDemoMode() {
        ConfigurationException refused =
                assertThrows(ConfigurationException.class, () -> DemoSecretGuard.check(PUBLISHED, false));
        assertTrue(refused.getMessage().contains("KYOSO_JWT_SECRET"));
    }

    @Test
    void aPublishedSecretIsToleratedInDemoMode() {
        assertDoesNotThrow(() -> DemoSecretGuard.check(PUBLISHED, true));
    }

    @Test
    void aRandomSecretIsAccepted() {
        assertDoesNotThrow(() -> DemoSecretGuard.check(RANDOM, false));
    }

    @Test
    void aShortSecretIsRefusedEvenInDemoMode() {
        assertThrows(ConfigurationException.class, () -> DemoSecretGuard.check("short", true));
        assertThrows(ConfigurationException.class, () -> DemoSecretGuard.check(null, true));
    }
}
