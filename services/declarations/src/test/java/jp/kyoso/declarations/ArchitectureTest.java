package jp.kyoso.declarations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service is packaged by feature (declaration, report, directory, complaint, organisation, attachment, config).
 * These source scans keep the rules that held the old layers apart, per feature: domain types stay free of beans and
 * HTTP bodies, a feature's repository is read only inside it (another feature asks the owning feature's bean), and
 * features depend on each other without cycles (the report feature answers the declaration's {@code LatestReports}).
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/jp/kyoso/declarations");

    /** The layer packages the features replaced; none may come back at the top level. */
    private static final Set<String> LAYERS = Set.of("application", "domain", "persistence", "web", "messaging");

    /** A type with one of these is a bean, an HTTP body or configuration: the edge of a feature, not its rules. */
    private static final Pattern EDGE = Pattern.compile(
            "^@(Controller|Singleton|JdbcRepository|Factory|Serdeable|SerdeImport|Introspected|EachProperty"
                    + "|ConfigurationProperties|Requires|Produces|Context)\\b", Pattern.MULTILINE);

    private static final Pattern REPOSITORY = Pattern.compile("^@JdbcRepository\\b", Pattern.MULTILINE);

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void theServiceIsPackagedByFeatureNotByLayer() throws IOException {
        try (Stream<Path> packages = Files.list(SOURCES)) {
            List<String> layers = packages.filter(Files::isDirectory).map(dir -> dir.getFileName().toString())
                    .filter(LAYERS::contains).sorted().toList();
            assertEquals(List.of(), layers);
        }
    }

    @Test
    void domainTypesDependOnNoBeanOrHttpBodyOfTheService() {
        List<Source> sources = sources();
        Set<String> edge = sources.stream().filter(Source::isEdge).map(Source::type).collect(Collectors.toSet());
        List<Source> domain = sources.stream().filter(source -> !source.isEdge()).toList();
        assertTrue(domain.stream().anyMatch(source -> source.type().equals("Declaration")),
                "the scan should see the domain types");

        List<String> violations = domain.stream()
                .flatMap(source -> edge.stream().filter(source::mentions).map(type -> source.path() + ": " + type))
                .sorted().toList();

        assertEquals(List.of(), violations);
    }

    @Test
    void aFeaturesRepositoryIsUsedOnlyInsideTheFeature() {
        List<Source> sources = sources();
        List<Source> repositories = sources.stream().filter(Source::isRepository).toList();
        assertTrue(repositories.size() > 5, "the scan should see the repositories");

        List<String> violations = repositories.stream()
                .flatMap(repository -> sources.stream()
                        .filter(user -> !user.feature().equals(repository.feature()) && user.mentions(repository.type()))
                        .map(user -> user.path() + ": " + repository.type()))
                .sorted().toList();

        assertEquals(List.of(), violations);
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        List<Source> sources = sources();
        Map<String, String> featureOfType = sources.stream()
                .collect(Collectors.toMap(Source::type, Source::feature, (one, other) -> one));
        Map<String, Set<String>> edges = new TreeMap<>();
        for (Source source : sources) {
            featureOfType.forEach((type, feature) -> {
                if (!feature.equals(source.feature()) && source.mentions(type)) {
                    edges.computeIfAbsent(source.feature(), f -> new TreeSet<>()).add(feature);
                }
            });
        }
        assertTrue(edges.getOrDefault("report", Set.of()).contains("declaration"), "the scan should see the edges");

        List<String> cycles = edges.keySet().stream()
                .flatMap(from -> edges.get(from).stream().filter(to -> reaches(edges, to, from, new TreeSet<>()))
                        .map(to -> from + " -> " + to + " -> … -> " + from))
                .toList();

        assertEquals(List.of(), cycles, "feature dependencies: " + edges);
    }

    private static boolean reaches(Map<String, Set<String>> edges, String from, String to, Set<String> seen) {
        if (from.equals(to)) {
            return true;
        }
        return seen.add(from) && edges.getOrDefault(from, Set.of()).stream()
                .anyMatch(next -> reaches(edges, next, to, seen));
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
            return new Source(SOURCES.relativize(file).toString(), SOURCES.relativize(file).getName(0).toString(),
                    name.substring(0, name.length() - ".java".length()), text,
                    COMMENT.matcher(text).replaceAll(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Source(String path, String feature, String type, String text, String code) {

        boolean isEdge() {
            return EDGE.matcher(text).find();
        }

        boolean isRepository() {
            return REPOSITORY.matcher(text).find();
        }

        boolean mentions(String otherType) {
            return !otherType.equals(type) && Pattern.compile("\\b" + otherType + "\\b").matcher(code).find();
        }
    }
}
