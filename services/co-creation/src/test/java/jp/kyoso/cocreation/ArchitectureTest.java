package jp.kyoso.cocreation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import jp.kyoso.testsupport.DomainIsolation;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void theDomainDependsOnNothingElseInTheService() {
        assertEquals(List.of(), DomainIsolation.violations(Path.of("src/main/java"), "jp.kyoso.cocreation"));
    }
}
