package jp.kyoso.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import jp.kyoso.web.problem.InvalidInputException;

/**
 * Receives an upload as a stream into a temporary file (never the whole body in memory), stopping one byte past the
 * kind's size limit, then checks its name and content. Anything refused leaves nothing behind.
 */
public final class UploadInspector {

    private UploadInspector() {
    }

    public static InspectedFile inspect(InputStream body, String rawName, AttachmentLimits limits) {
        Path temp = null;
        try {
            String name = FileNames.sanitise(rawName);
            temp = Files.createTempFile("kyoso-upload-", ".part");
            MessageDigest digest = sha256();
            long size = copyAtMost(body, temp, digest, limits.maxBytes());
            if (size > limits.maxBytes()) {
                throw InvalidInputException.of("file", "attachment.size.tooLarge", limits.maxMegabytes());
            }
            if (size == 0) {
                throw InvalidInputException.of("file", "attachment.empty");
            }
            FileType type = ContentSniffer.sniff(temp, name)
                    .filter(limits.types()::contains)
                    .orElseThrow(() -> InvalidInputException.of("file", "attachment.type.unsupported"));
            if (FileType.byExtension(name).filter(type::equals).isEmpty()) {
                throw InvalidInputException.of("file", "attachment.type.mismatch",
                        type.name().toLowerCase(Locale.ROOT));
            }
            return new InspectedFile(temp, name, type, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException(e);
        } catch (RuntimeException refused) {
            deleteQuietly(temp);
            throw refused;
        }
    }

    /** Copies up to {@code limit + 1} bytes: one past the limit is enough to know the file is too large. */
    private static long copyAtMost(InputStream in, Path target, MessageDigest digest, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            int read;
            while (total <= limit && (read = in.read(buffer)) != -1) {
                out.write(buffer, 0, read);
                total += read;
            }
        }
        return total;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the OS cleans up anyway
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
