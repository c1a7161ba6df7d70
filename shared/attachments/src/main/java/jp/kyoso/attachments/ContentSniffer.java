package jp.kyoso.attachments;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells a file's type from its bytes, never from its name: Tika's magic numbers for PDF and images, the compound
 * file signature for legacy Office (which of Word, Excel or PowerPoint then follows the name, as only a full parse
 * could tell them apart), and the parts inside the zip for OOXML, after {@link ZipBombGuard} has checked it.
 */
public final class ContentSniffer {

    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();
    private static final Set<FileType> LEGACY_OFFICE = Set.of(FileType.DOC, FileType.XLS, FileType.PPT);

    private ContentSniffer() {
    }

    /** The type of the file's content, given the (already sanitised) name it came with; empty when none of ours. */
    public static Optional<FileType> sniff(Path file, String fileName) {
        String detected = magicOf(file);
        return switch (detected) {
            case "application/pdf" -> Optional.of(FileType.PDF);
            case "image/png" -> Optional.of(FileType.PNG);
            case "image/jpeg" -> Optional.of(FileType.JPEG);
            case "image/gif" -> Optional.of(FileType.GIF);
            case "image/webp" -> Optional.of(FileType.WEBP);
            case "application/x-tika-msoffice" -> FileType.byExtension(fileName).filter(LEGACY_OFFICE::contains);
            case "application/zip", "application/x-tika-ooxml" -> ooxml(ZipBombGuard.entriesOf(file));
            default -> Optional.empty();
        };
    }

    private static Optional<FileType> ooxml(Set<String> entries) {
        if (!entries.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (entries.contains("word/document.xml")) {
            return Optional.of(FileType.DOCX);
        }
        if (entries.contains("xl/workbook.xml")) {
            return Optional.of(FileType.XLSX);
        }
        if (entries.contains("ppt/presentation.xml")) {
            return Optional.of(FileType.PPTX);
        }
        return Optional.empty();
    }

    private static String magicOf(Path file) {
        // No resource name in the metadata: the name must not sway the answer.
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            MediaType type = MAGIC.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
