package jp.kyoso.web.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.env.DefaultEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaintextCredentialGuardTest {

    @Test
    void aPasswordWrittenInAConfigFileIsFoundWithItsFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("production.yml");
        Files.writeString(file, """
                datasources:
                  default:
                    url: jdbc:postgresql://db:5432/fund
                    username: fund
                    password: hunter2
                kyoso:
                  jwt:
                    secret: ${KYOSO_JWT_SECRET}
                kafka:
                  sasl:
                    jaas:
                      config: org.apache.kafka.common.security.plain.PlainLoginModule required password="x";
                """);
        String previous = System.setProperty("micronaut.config.files", file.toString());
        Environment environment = new DefaultEnvironment(() -> List.of("production"));
        try {
            environment.start();
            // The module's own application-test.yml (a test secret) is found too; this file's findings are these two.
            List<String> found = PlaintextCredentialGuard.plaintextCredentials(environment.getPropertySources())
                    .stream().filter(entry -> entry.contains(file.getFileName().toString())).toList();
            assertEquals(2, found.size(), found.toString());
            assertTrue(found.stream().anyMatch(entry -> entry.startsWith("datasources.default.password (")
                    && entry.contains("production.yml")), found.toString());
            assertTrue(found.stream().anyMatch(entry -> entry.startsWith("kafka.sasl.jaas.config (")), found.toString());
        } finally {
            environment.stop();
            if (previous == null) {
                System.clearProperty("micronaut.config.files");
            } else {
                System.setProperty("micronaut.config.files", previous);
            }
        }
    }

    @Test
    void valuesFromTheEnvironmentOrPlaceholdersAreNotFindings() {
        PropertySource env = PropertySource.of("env", Map.of("datasources.default.password", "s3cret"),
                PropertySource.Origin.of("env"));
        PropertySource file = PropertySource.of("application", Map.of(
                        "micronaut.security.token.jwt.signatures.secret.generator.secret", "${kyoso.jwt.secret}",
                        "datasources.default.username", "postgres",
                        "kyoso.security.password-iterations", "210000"),
                PropertySource.Origin.of("application.yml"));
        assertEquals(List.of(), PlaintextCredentialGuard.plaintextCredentials(List.of(env, file)));
    }

    @Test
    void credentialKeysAreRecognisedByTheirLastSegment() {
        assertTrue(PlaintextCredentialGuard.isCredential("datasources.default.password"));
        assertTrue(PlaintextCredentialGuard.isCredential("kyoso.jwt.secret"));
        assertTrue(PlaintextCredentialGuard.isCredential("kyoso.mail.api-key"));
        assertEquals(false, PlaintextCredentialGuard.isCredential("kyoso.security.password-iterations"));
        assertEquals(false, PlaintextCredentialGuard.isCredential("micronaut.security.token.jwt.signatures.secret"
                + ".generator.jws-algorithm"));
    }
}
