package jp.kyoso.attachments;

import io.micronaut.objectstorage.request.UploadRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

/** An inspected file as an upload under a key of ours ({@code UploadRequest.fromPath} would add the file's name). */
record FileUpload(String key, InspectedFile file) implements UploadRequest {

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
