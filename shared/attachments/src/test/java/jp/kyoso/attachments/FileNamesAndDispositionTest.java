package jp.kyoso.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesAndDispositionTest {

    @Test
    void keepsAJapaneseNameInNfcWithoutSurroundingBlanks() {
        String decomposed = "ハ\u309Aンフレット.pdf"; // パ written as ハ + combining mark, as macOS sends it
        assertEquals("パンフレット.pdf", FileNames.sanitise("  " + decomposed + " "));
    }

    @Test
    void downloadsCarryTheOriginalNameAsRfc5987AndAnAsciiFallback() {
        assertEquals("attachment; filename=\"____2025.pdf\"; "
                        + "filename*=UTF-8''%E4%BA%8B%E6%A5%AD%E8%A8%88%E7%94%BB2025.pdf",
                ContentDisposition.attachment("事業計画2025.pdf"));
    }

    @Test
    void theEncodedNameStoredWithAnObjectDecodesToTheOriginal() {
        for (String name : new String[] {"事業計画書（第2版）.pdf", "a+b c%20d\"e'.docx", "報告_2025-03.xlsx"}) {
            assertEquals(name, ContentDisposition.decode(ContentDisposition.encode(name)));
        }
    }

    @Test
    void encodesSpacesQuotesAndPercentSoNoHeaderCanBeInjected() {
        assertEquals("attachment; filename=\"a b_%.pdf\"; filename*=UTF-8''a%20b%22%25.pdf",
                ContentDisposition.attachment("a b\"%.pdf"));
    }
}
