package jp.kyoso.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jp.kyoso.web.problem.InvalidInputException;

/**
 * Checks a zip container (every OOXML document is one) before anyone opens it: how many entries, how large they say
 * they are against the file's size, and that no entry inflates beyond what it declared. Returns the entry names, from
 * which the container's real type is told.
 */
public final class ZipBombGuard {

    /** A Word or Excel file has tens to a few hundred parts; thousands are a bomb or a disguised archive. */
    public static final int MAX_ENTRIES = 1_000;
    /** The most a document may unpack to, whatever its packed size. */
    public static final long MAX_UNCOMPRESSED_BYTES = 100L * 1024 * 1024;
    /** Office XML packs 3 to 20 times; 100 times is already far beyond any real document. */
    public static final long MAX_RATIO = 100;

    private ZipBombGuard() {
    }

    /** The entry names of a safe container, or a 400 on field {@code file}: a bomb or a damaged container. */
    public static Set<String> entriesOf(Path zip) {
        long packedSize;
        try {
            packedSize = Files.size(zip);
        } catch (IOException e) {
            throw damaged();
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.size() > MAX_ENTRIES) {
                throw bomb();
            }
            Set<String> names = new HashSet<>();
            long declared = 0;
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                if (size < 0) {
                    throw bomb();
                }
                declared += size;
                if (declared > MAX_UNCOMPRESSED_BYTES || declared > packedSize * MAX_RATIO) {
                    throw bomb();
                }
                names.add(entry.getName());
            }
            // The sizes above are only what the directory says: inflate each entry, never past its declared size.
            entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && inflatedSize(file, entry, entry.getSize()) > entry.getSize()) {
                    throw bomb();
                }
            }
            return names;
        } catch (IOException | IllegalArgumentException e) {
            throw damaged();
        }
    }

    /** Bytes the entry inflates to, counting at most one past {@code limit}. */
    private static long inflatedSize(ZipFile file, ZipEntry entry, long limit) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        try (InputStream in = file.getInputStream(entry)) {
            int read;
            while (total <= limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total)))
                    != -1) {
                total += read;
            }
        }
        return total;
    }

    private static InvalidInputException bomb() {
        return InvalidInputException.of("file", "attachment.zipBomb");
    }

    private static InvalidInputException damaged() {
        return InvalidInputException.of("file", "attachment.type.damaged");
    }
}
