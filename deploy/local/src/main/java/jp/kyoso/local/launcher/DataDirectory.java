package jp.kyoso.local.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The layout of a platform's data folder, and the lock that keeps two launchers from sharing one: two PostgreSQL
 * servers on the same cluster directory would corrupt it.
 */
public final class DataDirectory implements AutoCloseable {

    private static final String LOCK_FILE = "launcher.lock";
    private static final String SECRET_FILE = "jwt-secret";
    private static final String DEMO_MARKER = "demo-data.loaded";
    private static final int SECRET_BYTES = 48;

    private final Path root;
    private FileChannel lockChannel;
    private FileLock lock;

    public DataDirectory(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path postgres() {
        return root.resolve("postgres");
    }

    Path kafka() {
        return root.resolve("kafka");
    }

    Path logs() {
        return root.resolve("logs");
    }

    /** Attachments of a service, in its own folder of the local object store ({@code --fresh} removes them too). */
    Path attachments(String service) {
        return root.resolve("attachments").resolve(service);
    }

    Path log(String service) {
        return logs().resolve(service + ".log");
    }

    /** The services' class-data sharing archives ({@link ClassDataArchive}), reused by every later start. */
    Path classData() {
        return root.resolve("cds");
    }

    /** Where a child's pid is kept while it runs, so a launcher killed with -9 can be cleaned up after next time. */
    Path pidFile(String service) {
        return root.resolve("run").resolve(service + ".pid");
    }

    /**
     * Takes the folder for this process; released by {@link #close()} or when the JVM dies, however it dies.
     *
     * @throws IllegalStateException if another launcher holds it
     */
    void lock() {
        try {
            Files.createDirectories(root);
            lockChannel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock data directory " + root, e);
        }
        if (lock == null) {
            closeQuietly();
            throw new IllegalStateException("Another kyoso launcher is using " + root
                    + "; stop it first (Ctrl-C in its terminal) or use another KYOSO_DATA_DIR");
        }
    }

    /** Empties the folder for {@code --fresh}, keeping only the lock we hold. */
    void clear() {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder())
                    .filter(path -> !path.equals(root) && !path.equals(root.resolve(LOCK_FILE)))
                    .forEach(DataDirectory::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear data directory " + root, e);
        }
    }

    public void createLayout() {
        try {
            Files.createDirectories(logs());
            Files.createDirectories(pidFile("any").getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data directory layout in " + root, e);
        }
    }

    /**
     * Tokens are signed with this secret; keeping it beside the data lets a browser stay signed in across restarts,
     * and generating it per folder means no two machines, and no document, share it.
     */
    String jwtSecret() {
        Path file = root.resolve(SECRET_FILE);
        try {
            if (Files.isRegularFile(file)) {
                String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (secret.length() >= 32) {
                    return secret;
                }
            }
            byte[] random = new byte[SECRET_BYTES];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
            restrictToOwner(file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write " + file, e);
        }
    }

    boolean demoDataLoaded() {
        return Files.exists(root.resolve(DEMO_MARKER));
    }

    void markDemoDataLoaded(String summary) {
        try {
            Files.writeString(root.resolve(DEMO_MARKER), summary + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo data marker in " + root, e);
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // The OS drops the lock with the process anyway.
        } finally {
            lock = null;
            lockChannel = null;
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Windows: the folder's ACL applies; nothing more we can do portably.
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + path, e);
        }
    }
}
