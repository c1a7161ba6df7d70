package jp.kyoso.local.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceJvmFlagsTest {

    @Test
    void extraFlagsAreSplitOnWhitespaceAndComeAfterTheLocalOnes() {
        assertEquals(ServiceJvmFlags.LOCAL, ServiceJvmFlags.withExtra(null, null));
        assertEquals(ServiceJvmFlags.LOCAL, ServiceJvmFlags.withExtra(null, "  "));
        List<String> expected = new ArrayList<>(ServiceJvmFlags.LOCAL);
        expected.addAll(List.of("-XX:TieredStopAtLevel=4", "-Xmx512m"));
        assertEquals(expected, ServiceJvmFlags.withExtra(null, " -XX:TieredStopAtLevel=4 \t -Xmx512m "));
    }

    @Test
    void kpiAndCityLabKeepTheFullJitAndAConfiguredFlagStillComesLast() {
        for (String service : List.of("kpi", "city-lab")) {
            List<String> flags = ServiceJvmFlags.withExtra(service, "-XX:TieredStopAtLevel=1");
            int own = flags.indexOf("-XX:TieredStopAtLevel=4");
            assertTrue(own > flags.indexOf("-XX:TieredStopAtLevel=1"),
                    service + "'s own flag overrides the local quick start");
            assertEquals("-XX:TieredStopAtLevel=1", flags.get(flags.size() - 1));
        }
        assertEquals(ServiceJvmFlags.LOCAL, ServiceJvmFlags.withExtra("portal", null));
    }
}
