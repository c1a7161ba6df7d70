package jp.kyoso.citylab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The service is packaged by feature, so the old "the domain package imports nothing else" scan has no package to
 * look at. These source scans keep its rule per feature, and add one about repositories.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/jp/kyoso/citylab");

    /** A type with one of these is a bean, an HTTP body or configuration: the edge of a feature, not its rules. */
    private static final Pattern EDGE = Pattern.compile(
            "^@(Controller|Singleton|JdbcRepository|Factory|Serdeable|SerdeImport|Introspected|EachProperty"
                    + "|ConfigurationProperties|Requires|Produces|Context)\\b", Pattern.MULTILINE);

    private static final Pattern REPOSITORY = Pattern.compile("^@JdbcRepository\\b", Pattern.MULTILINE);

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /**
     * Where a feature reads another feature's table directly, named here so a new one is a decision: proposals and
     * invitations are allowed or refused by the challenge's state and department, read in the deciding transaction.
     * A service in between would not do: closing a challenge concludes its invitations and publishing it asks
     * matching, so the challenge service already depends on those features and cannot be their dependency too.
     */
    private static final Map<String, Set<String>> SHARED_REPOSITORIES = Map.of(
            "ChallengeRepository", Set.of("proposal", "matching"));

    @Test
    void domainTypesDependOnNoBeanOrHttpBodyOfTheService() {
        List<Source> sources = sources();
        Set<String> edge = sources.stream().filter(Source::isEdge).map(Source::type).collect(Collectors.toSet());
        List<Source> domain = sources.stream().filter(source -> !source.isEdge()).toList();
        assertTrue(domain.stream().anyMatch(source -> source.type().equals("Challenge")),
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
        assertTrue(repositories.size() > 10, "the scan should see the repositories");

        List<String> violations = repositories.stream()
                .flatMap(repository -> sources.stream()
                        .filter(user -> !user.feature().equals(repository.feature()) && user.mentions(repository.type()))
                        .filter(user -> !SHARED_REPOSITORIES.getOrDefault(repository.type(), Set.of())
                                .contains(user.feature()))
                        .map(user -> user.path() + ": " + repository.type()))
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
