package jp.kyoso.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fund is packaged by feature (as co-creation is), so the old "the domain package imports nothing else" scan has
 * no package to look at. These source scans keep its rule per feature, add one about repositories and one against
 * cycles between features (where two features need each other, one defines an interface the other implements, as
 * {@code call.SubmittedApplications} and {@code conflict.AssignedReviews}), and keep the layers and the other
 * services out.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/jp/kyoso/fund");

    /** A type with one of these is a bean, an HTTP body or configuration: the edge of a feature, not its rules. */
    private static final Pattern EDGE = Pattern.compile(
            "^@(Controller|Singleton|JdbcRepository|Factory|Serdeable|SerdeImport|Introspected|EachProperty"
                    + "|ConfigurationProperties|Requires|Produces|Context)\\b", Pattern.MULTILINE);

    private static final Pattern REPOSITORY = Pattern.compile("^@JdbcRepository\\b", Pattern.MULTILINE);

    private static final Pattern EXTENDS = Pattern.compile("\\bclass \\w+ extends (\\w+)");

    private static final Pattern FUND_TYPE = Pattern.compile("\\bjp\\.kyoso\\.fund\\.(\\w+)\\.[A-Z]");

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /**
     * Where a feature reads or changes another feature's table directly, named here so a new one is a decision. The
     * grant application is the aggregate the later steps act on: a decision and a payment change the application row
     * under the call's or its own lock in the same transaction, and a resolution names the applicants. The continued
     * project is checked against the collaboration partners the organisation replica keeps.
     */
    private static final Map<String, Set<String>> SHARED_REPOSITORIES = Map.of(
            "GrantApplicationRepository", Set.of("decision", "payment", "resolution"),
            "CollaborationPartnerRepository", Set.of("continuation"));

    /** Layer packages are gone: a type lives in its feature (or in shared). */
    private static final Set<String> LAYERS = Set.of("web", "domain", "application", "persistence", "messaging");

    private static final Pattern OTHER_SERVICE = Pattern.compile(
            "^import (static )?jp\\.kyoso\\.(cocreation|citylab|declarations|kpi|portal)\\.", Pattern.MULTILINE);

    @Test
    void domainTypesDependOnNoBeanOrHttpBodyOfTheService() {
        List<Source> sources = sources();
        Set<String> edge = sources.stream().filter(Source::isEdge).map(Source::type).collect(Collectors.toSet());
        // A bean's base class is part of the bean (the attachment controllers' GrantFiles), not a domain type.
        sources.stream().filter(Source::isEdge).map(Source::superclass).flatMap(Optional::stream)
                .forEach(edge::add);
        List<Source> domain = sources.stream().filter(source -> !edge.contains(source.type())).toList();
        assertTrue(domain.stream().anyMatch(source -> source.type().equals("GrantApplication")),
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

    @Test
    void noLayerPackagesAndNoOtherService() {
        List<Source> sources = sources();
        assertEquals(List.of(), sources.stream().filter(source -> LAYERS.contains(source.feature()))
                .map(Source::path).sorted().toList());
        assertEquals(List.of(), sources.stream().filter(source -> OTHER_SERVICE.matcher(source.text()).find())
                .map(Source::path).sorted().toList());
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        Map<String, Set<String>> uses = new java.util.TreeMap<>();
        for (Source source : sources()) {
            Matcher matcher = FUND_TYPE.matcher(source.code());
            while (matcher.find()) {
                if (!matcher.group(1).equals(source.feature())) {
                    uses.computeIfAbsent(source.feature(), feature -> new java.util.TreeSet<>()).add(matcher.group(1));
                }
            }
        }
        assertTrue(uses.getOrDefault("decision", Set.of()).contains("review"), "the scan should see the uses");

        List<String> cycles = uses.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().filter(used -> reaches(uses, used, entry.getKey()))
                        .map(used -> entry.getKey() + " -> " + used))
                .toList();

        assertEquals(List.of(), cycles);
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String to) {
        Set<String> seen = new java.util.HashSet<>();
        java.util.Deque<String> next = new java.util.ArrayDeque<>(List.of(from));
        while (!next.isEmpty()) {
            String feature = next.pop();
            if (feature.equals(to)) {
                return true;
            }
            if (seen.add(feature)) {
                next.addAll(uses.getOrDefault(feature, Set.of()));
            }
        }
        return false;
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

        Optional<String> superclass() {
            Matcher matcher = EXTENDS.matcher(code);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }

        boolean isRepository() {
            return REPOSITORY.matcher(text).find();
        }

        boolean mentions(String otherType) {
            return !otherType.equals(type) && Pattern.compile("\\b" + otherType + "\\b").matcher(code).find();
        }
    }
}
