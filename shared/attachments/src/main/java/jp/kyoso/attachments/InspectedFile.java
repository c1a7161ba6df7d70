package jp.kyoso.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload that passed every check, waiting in a temporary file to be stored. Closing it removes the file.
 *
 * @param file   the temporary file
 * @param name   the sanitised original name
 * @param type   the type told from the content
 * @param size   bytes
 * @param sha256 hex digest of the content, kept with the row to prove what was received
 */
public record InspectedFile(Path file, String name, FileType type, long size, String sha256) implements AutoCloseable {

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
