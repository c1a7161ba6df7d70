package jp.kyoso.local.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The class-data sharing (AppCDS) archive of one service's jar, kept in the data folder. Loading and verifying
 * classes is most of a Micronaut service's start on a small machine: the first start of a jar records the classes it
 * loaded when the service stops ({@code -XX:ArchiveClassesAtExit}), and every later start maps them instead
 * ({@code -XX:SharedArchiveFile}) — kpi's start fell from 12 s to 3.5 s on the same loaded 2 cores
 * (bench/RESULTS.md). The archive is named after the jar's size and modification time, so a rebuilt jar records a
 * new one; an unreadable or stale archive is ignored by the JVM ({@code -Xshare:auto}), never fatal.
 *
 * <p>Several platforms in one JVM (the end-to-end tests) may share one folder of archives: while one start records an
 * archive, another start of the same jar neither records it too nor maps the half-written file; it starts without.
 */
public final class ClassDataArchive {

    private static final String SUFFIX = ".jsa";
    /** The JVM warns about every class it cannot archive (e.g. optional classes whose dependencies are absent). */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    /** Archives a JVM started from here writes when it exits; released once it has exited. */
    private static final Set<Path> BEING_RECORDED = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final String service;
    private final boolean exists;
    private boolean recording;

    private ClassDataArchive(Path file, String service) {
        this.file = file;
        this.service = service;
        this.exists = isUsable(file);
    }

    /** The archive of {@code jar} for {@code service} in {@code directory} (which need not exist yet). */
    public static ClassDataArchive of(Path directory, String service, Path jar) {
        try {
            String key = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
            return new ClassDataArchive(directory.resolve(service + "-" + key + SUFFIX), service);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
    }

    Path file() {
        return file;
    }

    /** Whether this start records the archive at exit (none there yet) rather than using it. */
    boolean recordsAtExit() {
        return !exists;
    }

    /**
     * The JVM flags of a start: use the archive when there is one; otherwise, if {@code record}, record it at exit
     * after deleting the service's archives of earlier jars.
     */
    public List<String> jvmFlags(boolean record) {
        if (BEING_RECORDED.contains(file)) {
            return List.of();
        }
        if (exists) {
            return Stream.concat(Stream.of("-XX:SharedArchiveFile=" + file), QUIET.stream()).toList();
        }
        if (!record || !BEING_RECORDED.add(file)) {
            return List.of();
        }
        recording = true;
        deleteOlderArchives();
        return Stream.concat(Stream.of("-XX:ArchiveClassesAtExit=" + file), QUIET.stream()).toList();
    }

    /** Whether the start these flags were for writes the archive when it exits. */
    boolean recording() {
        return recording;
    }

    /** The recording JVM has exited: later starts may map the archive (or record it again if none was written). */
    void recorded() {
        if (recording) {
            recording = false;
            BEING_RECORDED.remove(file);
        }
    }

    /** A JVM killed while writing leaves a partial file: delete it, so the next clean stop records it again. */
    void discardPartial() {
        deleteQuietly(file);
        recorded();
    }

    private void deleteOlderArchives() {
        Path directory = file.getParent();
        Pattern ofThisService = Pattern.compile(Pattern.quote(service) + "-\\d+-\\d+" + Pattern.quote(SUFFIX));
        try {
            Files.createDirectories(directory);
            try (Stream<Path> archives = Files.list(directory)) {
                archives.filter(path -> ofThisService.matcher(path.getFileName().toString()).matches())
                        .forEach(ClassDataArchive::deleteQuietly);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + directory, e);
        }
    }

    // An archive that cannot be deleted costs disk space only: the JVM ignores one it cannot read.
    private static void deleteQuietly(Path archive) {
        try {
            Files.deleteIfExists(archive);
        } catch (IOException ignored) {
            // See above.
        }
    }

    private static boolean isUsable(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
