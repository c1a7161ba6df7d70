package jp.kyoso.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    private final Messages shared = new Messages();
    private final Messages withService = new Messages(List.of("kyoso/messages-test", " ", "kyoso/does-not-exist"));

    @Test
    void readsJapaneseAndEnglishFromUtf8Bundles() {
        assertEquals("必須項目です", shared.get(Locale.JAPANESE, "NotBlank"));
        assertEquals("is required", shared.get(Locale.ENGLISH, "NotBlank"));
    }

    @Test
    void formatsArguments() {
        assertEquals("5以下の値を入力してください", shared.get(Locale.JAPANESE, "Max", 5));
        assertEquals("must be at most 1,000", shared.get(Locale.ENGLISH, "Max", 1000));
        assertEquals("Please check your input (1 problem).", shared.get(Locale.ENGLISH, "problem.invalid-input.detail", 1));
        assertEquals("Please check your input (3 problems).", shared.get(Locale.ENGLISH, "problem.invalid-input.detail", 3));
    }

    @Test
    void regionalAndUnsupportedLocalesMapToSupportedOnes() {
        assertEquals("is required", shared.get(Locale.US, "NotBlank"));
        assertEquals("必須項目です", shared.get(Locale.FRENCH, "NotBlank"));
        assertEquals("必須項目です", shared.get(null, "NotBlank"));
    }

    @Test
    void serviceBundlesComeBeforeTheSharedOne() {
        assertEquals("形式が違います（テスト用の上書き）", withService.get(Locale.JAPANESE, "Invalid"));
        assertEquals("「X」は既に使われています", withService.get(Locale.JAPANESE, "test.name.taken", "X"));
        assertEquals("必須項目です", withService.get(Locale.JAPANESE, "NotBlank"));
    }

    @Test
    void englishFallsBackToJapaneseThenToTheKey() {
        assertEquals("日本語のみ", withService.get(Locale.ENGLISH, "test.only-ja"));
        assertEquals("no.such.key", withService.get(Locale.ENGLISH, "no.such.key"));
        assertTrue(withService.find(Locale.JAPANESE, "no.such.key").isEmpty());
    }

    @Test
    void everySharedKeyExistsInBothLanguages() throws IOException {
        Properties ja = load("kyoso/messages_ja.properties");
        Properties en = load("kyoso/messages_en.properties");
        assertEquals(ja.stringPropertyNames(), en.stringPropertyNames());
        for (String key : ja.stringPropertyNames()) {
            // Every pattern must survive MessageFormat, including ones with arguments.
            assertNotNull(shared.get(Locale.JAPANESE, key, 1, 2));
            assertNotNull(shared.get(Locale.ENGLISH, key, 1, 2));
        }
    }

    @Test
    void choosesTheLanguageFromAcceptLanguage() {
        assertEquals(Locale.JAPANESE, RequestLocale.fromAcceptLanguage(null));
        assertEquals(Locale.JAPANESE, RequestLocale.fromAcceptLanguage(""));
        assertEquals(Locale.JAPANESE, RequestLocale.fromAcceptLanguage("fr-FR,de;q=0.5"));
        assertEquals(Locale.JAPANESE, RequestLocale.fromAcceptLanguage("ja-JP,en;q=0.8"));
        assertEquals(Locale.JAPANESE, RequestLocale.fromAcceptLanguage("not a ;; language"));
        assertEquals(Locale.ENGLISH, RequestLocale.fromAcceptLanguage("en"));
        assertEquals(Locale.ENGLISH, RequestLocale.fromAcceptLanguage("en-GB"));
        assertEquals(Locale.ENGLISH, RequestLocale.fromAcceptLanguage("fr, en-US;q=0.9, ja;q=0.5"));
        assertEquals(Locale.JAPANESE, RequestLocale.fromAcceptLanguage("en;q=0, *"));
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
