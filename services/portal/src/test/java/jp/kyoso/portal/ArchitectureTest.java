package jp.kyoso.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.kyoso.testsupport.architecture.FeatureRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The portal is packaged by feature ({@code account}, {@code credentials}, {@code sessions}, {@code sso},
 * {@code audit}, {@code gateway}, {@code mail}, {@code cocreation}, {@code config}). Most of its storage is plain
 * JDBC rather than Micronaut Data repositories, so the "a repository stays in its feature" rule is kept here per
 * table: each table belongs to one feature and another feature's SQL naming it is a decision written down below.
 * The rules every service keeps (no layer packages, no cycles, no other service, domain types free of beans) are
 * test-support's {@link FeatureRules}.
 */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> featureRules() {
        return FeatureRules.of("jp.kyoso.portal")
                // Left to untangle (issue 21): signing in an account checks its password, throttle and authenticator
                // (credentials) and answers a session (sessions), while both read the account they belong to.
                .allowCycleEdge("account", "credentials")
                .allowCycleEdge("account", "sessions")
                .tests();
    }

    private static final Path SOURCES = Path.of("src/main/java/jp/kyoso/portal");

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Which feature owns each table: it creates, changes and mainly reads the rows. */
    private static final Map<String, String> OWNER = Map.of(
            "app_user", "account",
            "admin_bootstrap", "account",
            "login_failure", "credentials",
            "password_reset", "credentials",
            "sso_link", "sso",
            "sso_code", "sso",
            "audit_event", "audit",
            "audit_access", "audit",
            "mail_preference", "mail",
            "mail_subject_title", "mail");

    /**
     * Where a feature's SQL names another feature's table: the mail finds recipients, their addresses and languages
     * among the accounts, and ending sessions early reads and bumps an account's token version.
     */
    private static final Map<String, Set<String>> SHARED_TABLES = Map.of(
            "app_user", Set.of("mail", "sessions"));

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table (?:if not exists )?(\\w+)");

    @Test
    void everyTableHasAnOwningFeature() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path migration : files.toList()) {
                Matcher created = CREATE_TABLE.matcher(Files.readString(migration));
                while (created.find()) {
                    tables.add(created.group(1).toLowerCase());
                }
            }
        }
        assertTrue(tables.contains("app_user"), "the scan should see the migrations");
        tables.removeAll(OWNER.keySet());
        assertEquals(Set.of(), tables, "tables no feature owns: name their owner in OWNER");
    }

    @Test
    void aFeaturesTablesAreUsedOnlyInsideTheFeature() {
        List<Source> sources = sources();
        List<String> violations = OWNER.entrySet().stream()
                .flatMap(table -> sources.stream()
                        .filter(user -> !user.feature().equals(table.getValue()) && user.mentions(table.getKey()))
                        .filter(user -> !SHARED_TABLES.getOrDefault(table.getKey(), Set.of()).contains(user.feature()))
                        .map(user -> user.path() + ": " + table.getKey()))
                .sorted().toList();

        assertEquals(List.of(), violations);
    }

    private static List<Source> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getParent().equals(SOURCES))
                    .filter(file -> !file.getFileName().toString().equals("package-info.java"))
                    .map(ArchitectureTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Source read(Path file) {
        try {
            String text = Files.readString(file);
            String name = file.getFileName().toString();
            Path relative = SOURCES.relativize(file);
            return new Source(relative.toString(), relative.getName(0).toString(),
                    name.substring(0, name.length() - ".java".length()), text, COMMENT.matcher(text).replaceAll(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Source(String path, String feature, String type, String text, String code) {

        boolean mentions(String name) {
            return !name.equals(type) && Pattern.compile("\\b" + name + "\\b").matcher(code).find();
        }
    }
}
