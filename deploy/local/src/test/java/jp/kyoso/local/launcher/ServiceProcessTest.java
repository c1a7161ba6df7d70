package jp.kyoso.local.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceProcessTest {

    @Test
    void extraFlagsAreSplitOnWhitespace() {
        assertEquals(List.of(), ServiceProcess.extraJvmFlags(null));
        assertEquals(List.of(), ServiceProcess.extraJvmFlags("  "));
        assertEquals(List.of("-XX:TieredStopAtLevel=4", "-Xmx512m"),
                ServiceProcess.extraJvmFlags(" -XX:TieredStopAtLevel=4 \t -Xmx512m "));
    }
}
