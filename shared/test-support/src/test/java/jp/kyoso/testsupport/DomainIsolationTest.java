package jp.kyoso.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomainIsolationTest {

    @Test
    void reportsADomainClassImportingAnotherPackageOfItsService(@TempDir Path root) throws IOException {
        Path domain = Files.createDirectories(root.resolve("jp/kyoso/sample/domain"));
        Files.writeString(domain.resolve("Clean.java"), """
                package jp.kyoso.sample.domain;
                import java.time.Instant;
                import jp.kyoso.sample.domain.other.Thing;
                import jp.kyoso.events.FiscalYear;
                class Clean {}
                """);
        Files.writeString(domain.resolve("Leaky.java"), """
                package jp.kyoso.sample.domain;
                import jp.kyoso.sample.persistence.ThingRepository;
                import static jp.kyoso.sample.web.Paths.ROOT;
                class Leaky {}
                """);

        assertEquals(List.of("Leaky.java: jp.kyoso.sample.persistence.ThingRepository",
                        "Leaky.java: jp.kyoso.sample.web.Paths.ROOT"),
                DomainIsolation.violations(root, "jp.kyoso.sample"));
    }
}
