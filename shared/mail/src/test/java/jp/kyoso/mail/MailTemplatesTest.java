package jp.kyoso.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void rendersSubjectAndBodyInTheChosenLanguage() {
        RenderedMail ja = templates.render("greeting", "ja", Map.of("name", "山田", "items", List.of("一", "二")));
        RenderedMail en = templates.render("greeting", "en-US", Map.of("name", "Yamada"));

        assertEquals("山田様へのお知らせ", ja.subject());
        assertEquals("山田様\n\n・一\n・二\n", ja.body());
        assertEquals("A note for Yamada", en.subject());
        assertEquals("Dear Yamada,\n", en.body());
    }

    @Test
    void anyOtherLanguageFallsBackToJapanese() {
        assertEquals("佐藤様へのお知らせ", templates.render("greeting", "fr", Map.of("name", "佐藤", "items", List.of()))
                .subject());
        assertEquals("佐藤様へのお知らせ", templates.render("greeting", null, Map.of("name", "佐藤", "items", List.of()))
                .subject());
    }

    @Test
    void doesNotEscapeHtmlInPlainTextMails() {
        assertEquals("A note for A&B <Co>", templates.render("greeting", "en", Map.of("name", "A&B <Co>")).subject());
    }

    @Test
    void refusesAMissingValueOrTemplate() {
        assertThrows(IllegalArgumentException.class, () -> templates.render("greeting", "en", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> templates.render("nothing", "ja", Map.of()));
        assertTrue(templates.exists("greeting", "en"));
        assertFalse(templates.exists("nothing", "en"));
    }
}
