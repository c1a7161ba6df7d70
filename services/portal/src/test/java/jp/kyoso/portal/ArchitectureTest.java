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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The portal is packaged by feature ({@code account}, {@code credentials}, {@code sessions}, {@code sso},
 * {@code audit}, {@code gateway}, {@code mail}, {@code cocreation}, {@code config}). Most of its storage is plain
 * JDBC rather than Micronaut Data repositories, so the "a repository stays in its feature" rule is kept here per
 * table: each table belongs to one feature and another feature's SQL naming it is a decision written down below.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/jp/kyoso/portal");

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** The layer packages the portal had before; a feature's code goes into the feature. */
    private static final Set<String> LAYERS = Set.of("web", "domain", "application", "persistence", "messaging");

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

    /** A type with one of these is a bean, an HTTP body or configuration: the edge of a feature, not its rules. */
    private static final Pattern EDGE = Pattern.compile(
            "^@(Controller|Singleton|JdbcRepository|Factory|Serdeable|SerdeImport|Introspected|EachProperty"
                    + "|ConfigurationProperties|Requires|Produces|Context|ServerFilter|Filter)\\b", Pattern.MULTILINE);

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table (?:if not exists )?(\\w+)");

    @Test
    void noLayerPackagesAreLeft() throws IOException {
        try (Stream<Path> packages = Files.list(SOURCES)) {
            Set<String> left = packages.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .filter(LAYERS::contains).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), left);
        }
    }

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

    @Test
    void domainTypesDependOnNoBeanOrHttpBodyOfTheService() {
        List<Source> sources = sources();
        Set<String> edge = sources.stream().filter(Source::isEdge).map(Source::type).collect(Collectors.toSet());
        List<Source> domain = sources.stream().filter(source -> !source.isEdge()).toList();
        assertTrue(domain.stream().anyMatch(source -> source.type().equals("UserAccount")),
                "the scan should see the domain types");

        List<String> violations = domain.stream()
                .flatMap(source -> edge.stream().filter(source::mentions).map(type -> source.path() + ": " + type))
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

        boolean isEdge() {
            return EDGE.matcher(text).find();
        }

        boolean mentions(String name) {
            return !name.equals(type) && Pattern.compile("\\b" + name + "\\b").matcher(code).find();
        }
    }
}
