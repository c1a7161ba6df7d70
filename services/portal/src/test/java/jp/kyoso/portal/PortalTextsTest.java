package jp.kyoso.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every label of the portal in both languages: each texts module (the core {@code i18n.js}, a
 * {@code screens/<service>/texts.js} per service, and any module calling {@code addTexts}) defines the same keys in
 * Japanese and in English, and every key a screen
 * asks for by name ({@code t('…')}, a route's {@code menu} or {@code title}) is defined. A missing key would show as
 * the key itself, or in Japanese on the English screen.
 */
class PortalTextsTest {

    /** A text's key: {@code 'a.b': } at the start of a line or right after the block's opening brace. */
    private static final Pattern KEY = Pattern.compile("(?:^\\s+|\\{\\s*)'([^']+)':", Pattern.MULTILINE);
    private static final Pattern USED = Pattern.compile("\\bt\\('([A-Za-z0-9_.]+)'|\\b(?:menu|title): '([A-Za-z0-9_.]+)'");

    @Test
    void everyTextsModuleDefinesTheSameKeysInJapaneseAndEnglish() throws Exception {
        List<Path> modules = textsModules();
        assertTrue(modules.size() >= 6, "the core texts and one module per service: " + modules);
        for (Path module : modules) {
            String source = Files.readString(module);
            int japanese = source.indexOf("ja: {");
            int english = source.indexOf("en: {");
            assertTrue(japanese >= 0 && english > japanese, module + " has a ja block, then an en block");
            Set<String> ja = keys(block(source, japanese));
            Set<String> en = keys(block(source, english));
            assertTrue(!ja.isEmpty(), module + " has texts");
            assertEquals(Set.of(), without(ja, en), module + ": keys without an English text");
            assertEquals(Set.of(), without(en, ja), module + ": keys without a Japanese text");
        }
    }

    @Test
    void noKeyIsDefinedTwiceBecauseAddTextsRefusesTheWholeModule() throws Exception {
        Map<String, List<String>> where = new TreeMap<>();
        for (Path module : textsModules()) {
            String source = Files.readString(module);
            for (String language : List.of("ja: {", "en: {")) {
                for (String key : keysInOrder(block(source, source.indexOf(language)))) {
                    where.computeIfAbsent(language.substring(0, 2) + " " + key, k -> new ArrayList<>())
                            .add(assets().relativize(module).toString());
                }
            }
        }
        where.values().removeIf(modules -> modules.size() == 1);
        assertEquals(Map.of(), where, "keys defined more than once");
    }

    @Test
    void everyKeyAScreenAsksForIsDefined() throws Exception {
        Set<String> defined = new TreeSet<>();
        for (Path module : textsModules()) {
            String source = Files.readString(module);
            defined.addAll(keys(block(source, source.indexOf("ja: {"))));
            defined.addAll(keys(block(source, source.indexOf("en: {"))));
        }
        Map<String, Set<String>> missing = new TreeMap<>();
        List<Path> scripts = scripts();
        assertTrue(scripts.size() > 20, "the screens are found: " + scripts.size());
        for (Path script : scripts) {
            Matcher used = USED.matcher(Files.readString(script));
            while (used.find()) {
                String key = used.group(1) != null ? used.group(1) : used.group(2);
                if (!defined.contains(key)) {
                    missing.computeIfAbsent(assets().relativize(script).toString(), k -> new TreeSet<>()).add(key);
                }
            }
        }
        assertEquals(Map.of(), missing, "keys used but defined in no texts module");
    }

    private static Set<String> without(Set<String> keys, Set<String> others) {
        Set<String> left = new TreeSet<>(keys);
        left.removeAll(others);
        return left;
    }

    /** The object literal opening at {@code start} ({@code ja: {…}}), up to its matching brace. */
    private static String block(String source, int start) {
        int depth = 0;
        for (int i = source.indexOf('{', start); i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return source.substring(start, i + 1);
            }
        }
        throw new AssertionError("unbalanced texts block at " + start);
    }

    private static Set<String> keys(String block) {
        return new TreeSet<>(keysInOrder(block));
    }

    private static List<String> keysInOrder(String block) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = KEY.matcher(block);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    /** The core texts ({@code i18n.js}) and every module that adds its own ({@code addTexts({ ja: …, en: … })}). */
    private static List<Path> textsModules() throws IOException, URISyntaxException {
        List<Path> modules = new ArrayList<>();
        for (Path script : scripts()) {
            String source = Files.readString(script);
            if (script.getFileName().toString().equals("i18n.js") || source.contains("addTexts({")) {
                modules.add(script);
            }
        }
        return modules;
    }

    private static List<Path> scripts() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.walk(assets())) {
            return files.filter(path -> path.toString().endsWith(".js")).sorted().collect(Collectors.toList());
        }
    }

    private static Path assets() throws URISyntaxException {
        return Path.of(PortalTextsTest.class.getResource("/public/assets/i18n.js").toURI()).getParent();
    }
}
