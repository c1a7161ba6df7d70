package jp.kyoso.local.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How to start a {@link LocalPlatform}.
 *
 * @param dataDirectory where PostgreSQL, Kafka, logs and the JWT secret live; survives restarts
 * @param fresh delete everything in {@code dataDirectory} first
 * @param repositoryRoot the checkout, to find {@code services/<name>/target/kyoso-<name>.jar}
 * @param basePort the portal's port, the other services following at +1..+5; 0 picks free ports for everything,
 *     PostgreSQL and Kafka included, so that tests can run next to a developer's {@code ./kyoso up}
 * @param demoData load the demo organisations once per data directory (demo users always exist locally, since the
 *     portal's own user store is the only way to sign in)
 * @param demoMode {@code KYOSO_DEMO_ENABLED} of every service; false starts the platform as a city would in
 *     production (no demo users or organisations), for the journeys that begin with the first administrator
 * @param portalEnvironment more environment for the portal (e.g. {@code KYOSO_BOOTSTRAP_ADMIN_*})
 * @param classDataDirectory where the services' class-data archives ({@link ClassDataArchive}) live when not in the
 *     data folder: throwaway platforms of one build share them there, the first to stop recording them; null keeps
 *     them in the data folder, recorded only when that folder is kept
 */
public record LocalPlatformOptions(Path dataDirectory, boolean fresh, Path repositoryRoot, int basePort,
                                   boolean demoData, boolean demoMode, Map<String, String> portalEnvironment,
                                   Path classDataDirectory) {

    /** Default portal port of {@code ./kyoso up}. */
    public static final int DEFAULT_PORT = 8080;
    /** Not 5432, so that a PostgreSQL installed on the machine does not get in the way. */
    static final int FIXED_POSTGRES_PORT = 5433;
    /** Not 9092, for the same reason; the KRaft controller listens on the next port. */
    static final int FIXED_KAFKA_PORT = 9093;
    private static final int LAST_SERVICE_OFFSET = 5;

    /** Demo mode, as {@code ./kyoso up} runs. */
    public LocalPlatformOptions(Path dataDirectory, boolean fresh, Path repositoryRoot, int basePort,
                                boolean demoData) {
        this(dataDirectory, fresh, repositoryRoot, basePort, demoData, true, Map.of());
    }

    /** Class-data archives in the data folder. */
    public LocalPlatformOptions(Path dataDirectory, boolean fresh, Path repositoryRoot, int basePort,
                                boolean demoData, boolean demoMode, Map<String, String> portalEnvironment) {
        this(dataDirectory, fresh, repositoryRoot, basePort, demoData, demoMode, portalEnvironment, null);
    }

    public LocalPlatformOptions {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        portalEnvironment = Map.copyOf(portalEnvironment);
        if (demoData && !demoMode) {
            throw new IllegalArgumentException("Demo data needs demo mode");
        }
        Objects.requireNonNull(repositoryRoot, "repositoryRoot");
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        classDataDirectory = classDataDirectory == null ? null : classDataDirectory.toAbsolutePath().normalize();
        if (basePort != 0 && (basePort < 1024 || basePort + LAST_SERVICE_OFFSET > 65535)) {
            throw new IllegalArgumentException("Port must be 0 or between 1024 and " + (65535 - LAST_SERVICE_OFFSET)
                    + ", got " + basePort);
        }
    }

    /**
     * Options for a throwaway platform in tests: free ports, demo data, no data reused; only the class-data archives
     * of the build's jars are kept, in {@link #testClassData}, since cold starts of six JVMs are most of a platform's
     * start on two cores.
     *
     * @param dataDirectory an empty (temporary) directory
     * @param repositoryRoot the checkout
     * @return the options
     */
    public static LocalPlatformOptions forTests(Path dataDirectory, Path repositoryRoot) {
        return new LocalPlatformOptions(dataDirectory, true, repositoryRoot, 0, true, true, Map.of(),
                testClassData(repositoryRoot));
    }

    /**
     * A throwaway platform as a city starts it: demo mode off, no demo users or data, free ports (class-data archives
     * shared as in {@link #forTests}).
     *
     * @param portalEnvironment e.g. the first administrator's {@code KYOSO_BOOTSTRAP_ADMIN_*}
     */
    public static LocalPlatformOptions withoutDemo(Path dataDirectory, Path repositoryRoot,
                                                   Map<String, String> portalEnvironment) {
        return new LocalPlatformOptions(dataDirectory, true, repositoryRoot, 0, false, false, portalEnvironment,
                testClassData(repositoryRoot));
    }

    /**
     * The class-data archives of the test platforms: in the build's output, so that {@code mvn clean} removes them
     * and a rebuilt jar (new size or time) records its own.
     */
    public static Path testClassData(Path repositoryRoot) {
        return repositoryRoot.resolve("deploy").resolve("local").resolve("target").resolve("class-data");
    }

    boolean freePorts() {
        return basePort == 0;
    }
}
