package jp.kyoso.local.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/** {@code ./kyoso up}: starts the {@link LocalPlatform} with demo data and keeps it running until Ctrl-C. */
public final class KyosoLocal {

    static {
        // kyoso-test-support ships a logback-test.xml, which logback would prefer; this must run before any logger.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "kyoso-local-logback.xml");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(KyosoLocal.class);
    private static final int USAGE_ERROR = 2;
    private static final int FAILED = 1;

    private static volatile LocalPlatform platform;

    private KyosoLocal() {
    }

    public static void main(String[] args) throws InterruptedException {
        LaunchCommand command;
        try {
            command = LaunchCommand.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("kyoso: " + e.getMessage());
            System.err.println(LaunchCommand.USAGE);
            System.exit(USAGE_ERROR);
            return;
        }
        if (command.action() == LaunchCommand.Action.HELP) {
            System.out.println(LaunchCommand.USAGE);
            return;
        }
        Path repository = repositoryRoot();
        LocalPlatformOptions options = new LocalPlatformOptions(dataDirectory(repository), command.fresh(), repository,
                command.port(), true);
        stopOnSignal("INT");
        stopOnSignal("TERM");
        try {
            platform = LocalPlatform.start(options);
        } catch (RuntimeException e) {
            LOG.error("kyoso could not start: {}", describe(e));
            System.exit(FAILED);
            return;
        }
        StatusReport.print(platform, System.out);
        new CountDownLatch(1).await(); // until a signal ends the JVM
    }

    /**
     * The embedded servers register their own shutdown hooks, and hooks run in no particular order: Kafka could go
     * before the services that are still flushing to it. Taking over Ctrl-C and SIGTERM lets us stop things in order;
     * other exits still reach the platform's own hook.
     */
    private static void stopOnSignal(String name) {
        Signal.handle(new Signal(name), signal -> new Thread(() -> {
            LocalPlatform running = platform;
            if (running == null) {
                System.exit(130); // still starting: the shutdown hooks stop whatever has started
                return;
            }
            LOG.info("Stopping kyoso...");
            running.close();
            LOG.info("Stopped; data kept in {}", running.dataDirectory());
            System.exit(0);
        }, "kyoso-stop").start());
    }

    /** The checkout this launcher was built in (deploy/local/target/...), wherever it is started from. */
    public static Path repositoryRoot() {
        CodeSource source = KyosoLocal.class.getProtectionDomain().getCodeSource();
        if (source != null) {
            try {
                Path candidate = Path.of(source.getLocation().toURI()).toAbsolutePath();
                for (int level = 0; level < 4 && candidate != null; level++) {
                    candidate = candidate.getParent();
                }
                if (candidate != null && Files.isDirectory(candidate.resolve("services"))) {
                    return candidate;
                }
            } catch (URISyntaxException | IllegalArgumentException notAFile) {
                // Fall through to the working directory, which ./kyoso sets to the repository root.
            }
        }
        return Path.of("").toAbsolutePath();
    }

    /** The message and its causes' on one screen; a stack trace helps nobody whose port is taken. */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            text.append("\n  caused by ").append(cause);
        }
        return text.toString();
    }

    private static Path dataDirectory(Path repository) {
        String configured = System.getenv("KYOSO_DATA_DIR");
        return configured == null || configured.isBlank()
                ? repository.resolve(".kyoso").resolve("data")
                : Path.of(configured);
    }
}
