package jp.kyoso.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import jp.kyoso.local.launcher.KyosoLocal;
import jp.kyoso.local.launcher.LocalPlatform;
import jp.kyoso.local.launcher.LocalPlatformOptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running platform for every browser test class of the run: starting the whole platform takes most of a minute,
 * and the journeys only add data, so they share it. Fault tests that stop parts of the platform start their own.
 * Journeys therefore compare counts before and after their own actions, never against absolute figures.
 */
final class SharedPlatform implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPlatform.class);

    private static volatile LocalPlatform platform;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("platform", key -> new Running(),
                Running.class);
    }

    /** The platform the extension started; call from a test of a class extended with {@code SharedPlatform}. */
    static LocalPlatform platform() {
        if (platform == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(SharedPlatform.class)");
        }
        return platform;
    }

    /** Closed by JUnit when the whole run ends. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {

        private final Path data;

        Running() {
            try {
                data = Files.createTempDirectory("kyoso-shared-platform");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            platform = LocalPlatform.start(LocalPlatformOptions.forTests(data, KyosoLocal.repositoryRoot()));
        }

        @Override
        public void close() throws IOException {
            try {
                platform.close();
            } finally {
                platform = null;
                try (Stream<Path> files = Files.walk(data)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }
}
