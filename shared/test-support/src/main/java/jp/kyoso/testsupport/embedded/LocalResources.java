package jp.kyoso.testsupport.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Directories the embedded servers claim on this machine. */
final class LocalResources {

    private static final Logger LOG = LoggerFactory.getLogger(LocalResources.class);

    private LocalResources() {
    }

    /** Best effort: a leftover temporary directory is not worth failing a test run or a shutdown for. */
    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete {}", directory, e);
        }
    }
}
