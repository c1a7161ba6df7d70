package jp.kyoso.local.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceJvmFlagsTest {

    @Test
    void extraFlagsAreSplitOnWhitespaceAndComeAfterTheLocalOnes() {
        assertEquals(ServiceJvmFlags.LOCAL, ServiceJvmFlags.withExtra(null));
        assertEquals(ServiceJvmFlags.LOCAL, ServiceJvmFlags.withExtra("  "));
        List<String> expected = new ArrayList<>(ServiceJvmFlags.LOCAL);
        expected.addAll(List.of("-XX:TieredStopAtLevel=4", "-Xmx512m"));
        assertEquals(expected, ServiceJvmFlags.withExtra(" -XX:TieredStopAtLevel=4 \t -Xmx512m "));
    }
}
