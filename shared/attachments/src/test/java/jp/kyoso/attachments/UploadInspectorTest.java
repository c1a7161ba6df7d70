package jp.kyoso.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import jp.kyoso.testsupport.SampleFiles;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UploadInspectorTest {

    private static final AttachmentLimits LIMITS = AttachmentLimits.documents(1, 5);

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("計画書.pdf", SampleFiles.pdf(), FileType.PDF),
                Arguments.of("予算.xlsx", SampleFiles.xlsx(), FileType.XLSX),
                Arguments.of("plan.docx", SampleFiles.docx(), FileType.DOCX),
                Arguments.of("slides.pptx", SampleFiles.pptx(), FileType.PPTX),
                Arguments.of("old.doc", SampleFiles.legacyOffice(), FileType.DOC),
                Arguments.of("old.xls", SampleFiles.legacyOffice(), FileType.XLS),
                Arguments.of("old.ppt", SampleFiles.legacyOffice(), FileType.PPT),
                Arguments.of("写真.PNG", SampleFiles.png(), FileType.PNG),
                Arguments.of("photo.jpeg", SampleFiles.jpeg(), FileType.JPEG),
                Arguments.of("photo.jpg", SampleFiles.jpeg(), FileType.JPEG),
                Arguments.of("anim.gif", SampleFiles.gif(), FileType.GIF),
                Arguments.of("pic.webp", SampleFiles.webp(), FileType.WEBP));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void tellsEachAcceptedTypeByItsContent(String name, byte[] content, FileType expected) {
        try (InspectedFile file = inspect(name, content)) {
            assertEquals(expected, file.type());
            assertEquals(content.length, file.size());
            assertEquals(name, file.name());
            assertEquals(64, file.sha256().length());
        }
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("script.pdf", "#!/bin/sh\nrm -rf /\n".getBytes(), "attachment.type.unsupported"),
                Arguments.of("page.pdf", "<html><script>alert(1)</script></html>".getBytes(),
                        "attachment.type.unsupported"),
                Arguments.of("archive.pdf", SampleFiles.zip(java.util.Map.of("a.txt", "a")),
                        "attachment.type.unsupported"),
                Arguments.of("picture.pdf", SampleFiles.png(), "attachment.type.mismatch"),
                Arguments.of("report.exe", SampleFiles.pdf(), "attachment.type.mismatch"),
                Arguments.of("report", SampleFiles.pdf(), "attachment.type.mismatch"),
                Arguments.of("compound.pdf", SampleFiles.legacyOffice(), "attachment.type.unsupported"),
                Arguments.of("bomb.pdf", SampleFiles.zipBomb(200), "attachment.zipBomb"),
                Arguments.of("bomb.docx", SampleFiles.zipBomb(200), "attachment.zipBomb"),
                Arguments.of("parts.docx", SampleFiles.manyEntries(ZipBombGuard.MAX_ENTRIES + 1),
                        "attachment.zipBomb"),
                Arguments.of("broken.docx", truncated(SampleFiles.docx()), "attachment.type.damaged"),
                Arguments.of("empty.pdf", new byte[0], "attachment.empty"),
                Arguments.of("big.pdf", SampleFiles.pdfOfSize(1024 * 1024 + 1), "attachment.size.tooLarge"),
                Arguments.of("../../etc/passwd.pdf", SampleFiles.pdf(), "attachment.name.path"),
                Arguments.of("C:\\Users\\a\\plan.pdf", SampleFiles.pdf(), "attachment.name.path"),
                Arguments.of("plan\u202Efdp.exe", SampleFiles.pdf(), "attachment.name.characters"),
                Arguments.of("plan\u0000.pdf", SampleFiles.pdf(), "attachment.name.characters"),
                Arguments.of(".htaccess", SampleFiles.pdf(), "attachment.name.dot"),
                Arguments.of("  ", SampleFiles.pdf(), "attachment.name.missing"),
                Arguments.of("あ".repeat(FileNames.MAX_LENGTH) + ".pdf", SampleFiles.pdf(),
                        "attachment.name.tooLong"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void refusesHostileFilesOnTheFileFieldAndLeavesNoTemporaryFile(String name, byte[] content, String code)
            throws IOException {
        Set<Path> before = uploadTempFiles();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> inspect(name, content));
        FieldErrorKey error = refused.errors().get(0);
        assertEquals("file", error.field());
        assertEquals(code, error.code());
        assertEquals(before, uploadTempFiles());
    }

    @Test
    void aFileOfExactlyTheLimitIsAccepted() {
        try (InspectedFile file = inspect("limit.pdf", SampleFiles.pdfOfSize(1024 * 1024))) {
            assertEquals(1024 * 1024, file.size());
        }
    }

    @Test
    void closingTheInspectedFileRemovesItsTemporaryFile() {
        InspectedFile file = inspect("plan.pdf", SampleFiles.pdf());
        assertTrue(Files.exists(file.file()));
        file.close();
        assertTrue(Files.notExists(file.file()));
    }

    @Test
    void onlyTheKindsTypesAreAccepted() {
        AttachmentLimits picturesOnly = new AttachmentLimits(1024, 1, Set.of(FileType.PNG));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> UploadInspector.inspect(
                new ByteArrayInputStream(SampleFiles.pdf()), "plan.pdf", picturesOnly));
        assertEquals("attachment.type.unsupported", refused.errors().get(0).code());
    }

    private static InspectedFile inspect(String name, byte[] content) {
        return UploadInspector.inspect(new ByteArrayInputStream(content), name, LIMITS);
    }

    private static byte[] truncated(byte[] zip) {
        return java.util.Arrays.copyOf(zip, zip.length / 2);
    }

    private static Set<Path> uploadTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("kyoso-upload-"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }
}
