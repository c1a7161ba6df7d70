package jp.kyoso.attachments;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageException;
import io.micronaut.objectstorage.ObjectStorageOperations;
import io.micronaut.objectstorage.request.UploadRequest;
import io.micronaut.objectstorage.response.UploadResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Micronaut Object Storage's operations over a folder, for {@code ./kyoso up} (its data folder) and tests.
 * Micronaut's own {@code micronaut-object-storage-local} is not in the package mirror this project builds from, so
 * this is the same idea against the same API: swapping it in later changes no caller.
 * Objects are written to a temporary name and moved into place, so a crash never leaves half a file under a key.
 */
@Singleton
@Named("attachments")
@Requires(property = AttachmentStore.STORAGE_PROPERTY, value = "local", defaultValue = "local")
public class LocalObjectStorage implements ObjectStorageOperations<Void, Path, Boolean> {

    private final Path root;

    public LocalObjectStorage(@Property(name = "kyoso.attachments.local.path") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    @Override
    public UploadResponse<Path> upload(UploadRequest request) {
        return upload(request, ignored -> { });
    }

    @Override
    public UploadResponse<Path> upload(UploadRequest request, Consumer<Void> requestConsumer) {
        Path target = pathOf(request.getKey());
        try (InputStream in = request.getInputStream()) {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".part");
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ObjectStorageException("Could not store " + request.getKey(), e);
        }
        return UploadResponse.of(request.getKey(), request.getKey(), target);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <E extends ObjectStorageEntry<?>> Optional<E> retrieve(String key) {
        Path file = pathOf(key);
        return Files.isRegularFile(file) ? Optional.of((E) new Entry(key, file)) : Optional.empty();
    }

    @Override
    public Boolean delete(String key) {
        try {
            return Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new ObjectStorageException("Could not delete " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(key));
    }

    @Override
    public Set<String> listObjects() {
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys are made by {@link ObjectKeys}; anything that would leave the root is refused all the same. */
    private Path pathOf(String key) {
        Path path = root.resolve(ObjectKeys.requireSafe(key)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("key outside the store: " + key);
        }
        return path;
    }

    private record Entry(String key, Path file) implements ObjectStorageEntry<Path> {

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public InputStream getInputStream() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new ObjectStorageException("Could not read " + key, e);
            }
        }

        @Override
        public Path getNativeEntry() {
            return file;
        }
    }
}
