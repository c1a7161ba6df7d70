package jp.kyoso.attachments;

import java.text.Normalizer;
import jp.kyoso.web.problem.InvalidInputException;

/**
 * The name an upload says it has, made safe to store and to send back. A name carrying a path is refused rather than
 * cut down to its last part: a browser never sends one, so it is a hand-made request and the user should know.
 */
public final class FileNames {

    /** Characters, after NFC: long enough for a Japanese title, short enough for every file system and header. */
    public static final int MAX_LENGTH = 180;

    private FileNames() {
    }

    /** The name in NFC with surrounding blanks removed, or a 400 on field {@code file} saying what is wrong. */
    public static String sanitise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("attachment.name.missing");
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.equals("..") || name.contains(":")) {
            throw invalid("attachment.name.path");
        }
        if (name.codePoints().anyMatch(FileNames::isUnsafe)) {
            throw invalid("attachment.name.characters");
        }
        if (name.startsWith(".") || name.endsWith(".")) {
            throw invalid("attachment.name.dot");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw InvalidInputException.of("file", "attachment.name.tooLong", MAX_LENGTH);
        }
        return name;
    }

    /** Control and format characters (incl. bidirectional overrides that disguise an extension) and quotes. */
    private static boolean isUnsafe(int codePoint) {
        int category = Character.getType(codePoint);
        return category == Character.CONTROL || category == Character.FORMAT || category == Character.SURROGATE
                || category == Character.PRIVATE_USE || category == Character.UNASSIGNED
                || codePoint == '"' || codePoint == '<' || codePoint == '>' || codePoint == '|'
                || codePoint == '*' || codePoint == '?';
    }

    private static InvalidInputException invalid(String code) {
        return InvalidInputException.of("file", code);
    }
}
