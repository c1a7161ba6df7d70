package jp.kyoso.local.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JVM flags every service starts with on this machine, in one place so that the launcher's children, the test
 * that starts the jars as production does and the bench's extra JVMs run alike. The local flags are sized so that six
 * services and the launcher fit in about 2 GiB; {@link #VARIABLE}'s come after them, and a later flag wins.
 */
public final class ServiceJvmFlags {

    /**
     * Flags added after the services' own, e.g. {@code -XX:TieredStopAtLevel=4} to measure the services with the full
     * JIT of the container image instead of the quick start; read by the launcher only.
     */
    public static final String VARIABLE = "KYOSO_SERVICE_JVM_FLAGS";

    static final List<String> LOCAL = List.of(
            "-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
            "-XX:ReservedCodeCacheSize=64m", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8");

    /**
     * A service's own flags, after the local ones: the full JIT for the two services whose hot paths carry the
     * platform's throughput. kpi's rebuild replays every event through the JSON reader, the inbox and the fact writer
     * in one thread, and with C1's code the JVM took a third of the time per event (bench/RESULTS.md, "Session
     * 2026-12-07 (second): projection"). City Lab takes the busiest write, proposals, and relays every event it
     * writes: with C2 its CPU per proposal fell from 0.80–0.89 ms to 0.48–0.49 ms once compiled (bench/RESULTS.md,
     * 2026-12-08, seventh session; C2 for every service had cost more than it gained, each JVM compiling at once).
     * C2 costs each a few seconds of compilation after the start and some MiB of compiler memory, within the 2 GiB
     * of the stack.
     */
    static final Map<String, List<String>> OWN = Map.of(
            "kpi", List.of("-XX:TieredStopAtLevel=4"),
            "city-lab", List.of("-XX:TieredStopAtLevel=4"));

    private ServiceJvmFlags() {
    }

    /** @return the local flags, then those of {@link #VARIABLE} in this process's environment */
    public static List<String> current() {
        return withExtra(null, System.getenv(VARIABLE));
    }

    /** @return the local flags, the service's own, then those of {@link #VARIABLE} in this process's environment */
    public static List<String> of(String service) {
        return withExtra(service, System.getenv(VARIABLE));
    }

    /**
     * @param service a service name such as {@code kpi}, or null for the flags every service shares
     * @param configured the value of {@link #VARIABLE}, flags separated by white space; null or blank for none
     * @return the local flags, the service's own, then the configured ones
     */
    static List<String> withExtra(String service, String configured) {
        List<String> flags = new ArrayList<>(LOCAL);
        if (service != null) {
            flags.addAll(OWN.getOrDefault(service, List.of()));
        }
        if (configured != null && !configured.isBlank()) {
            flags.addAll(List.of(configured.strip().split("\\s+")));
        }
        return List.copyOf(flags);
    }
}
