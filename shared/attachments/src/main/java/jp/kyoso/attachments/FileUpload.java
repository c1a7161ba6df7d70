package jp.kyoso.attachments;

import io.micronaut.objectstorage.request.UploadRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;

/**
 * An inspected file as an upload under a key of ours ({@code UploadRequest.fromPath} would make the key from the file's
 * name). The original name travels as metadata, so an object store that keeps metadata (S3) can tell what an object
 * was without the database; it is RFC 5987-encoded because S3 metadata are HTTP headers, ASCII only.
 */
record FileUpload(String key, InspectedFile file) implements UploadRequest {

    /** The metadata entry holding the original file name, RFC 5987-encoded (see {@link #originalName}). */
    static final String ORIGINAL_NAME = "original-name";

    /** The original file name an object was stored with, if its store keeps metadata. */
    static Optional<String> originalName(Map<String, String> metadata) {
        return Optional.ofNullable(metadata.get(ORIGINAL_NAME)).map(ContentDisposition::decode);
    }

    @Override
    public Map<String, String> getMetadata() {
        return Map.of(ORIGINAL_NAME, ContentDisposition.encode(file.name()));
    }

    @Override
    public Optional<String> getContentType() {
        return Optional.of(file.type().mediaType());
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public Optional<Long> getContentSize() {
        return Optional.of(file.size());
    }

    @Override
    public InputStream getInputStream() {
        try {
            return Files.newInputStream(file.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
