package jp.kyoso.testsupport;

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

/**
 * The rules of a service packaged by feature ({@code <service>.<feature>}), as a plain source scan: a feature's
 * domain types mention no bean or HTTP body of the service, and a {@code @JdbcRepository} is used only inside its
 * own feature unless the exception is named. What {@link DomainIsolation} checks for a {@code domain} package, per
 * feature.
 */
public final class FeatureArchitecture {

    /** A type with one of these is a bean, an HTTP body or configuration: the edge of a feature, not its rules. */
    private static final Pattern EDGE = Pattern.compile(
            "^@(Controller|Singleton|JdbcRepository|Factory|Serdeable|SerdeImport|Introspected|EachProperty"
                    + "|ConfigurationProperties|Requires|Produces|Context)\\b", Pattern.MULTILINE);

    private static final Pattern REPOSITORY = Pattern.compile("^@JdbcRepository\\b", Pattern.MULTILINE);

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private final List<Source> sources;

    private FeatureArchitecture(List<Source> sources) {
        this.sources = sources;
    }

    /** @param serviceSources the service's package folder, e.g. {@code src/main/java/jp/kyoso/citylab} */
    public static FeatureArchitecture of(Path serviceSources) {
        try (Stream<Path> files = Files.walk(serviceSources)) {
            return new FeatureArchitecture(files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getParent().equals(serviceSources))
                    .filter(file -> !file.getFileName().toString().equals("package-info.java"))
                    .map(file -> read(serviceSources, file)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the simple names of the domain types (neither bean nor HTTP body), so a test can see the scan works */
    public Set<String> domainTypes() {
        return sources.stream().filter(source -> !source.isEdge()).map(Source::type).collect(Collectors.toSet());
    }

    /** @return how many {@code @JdbcRepository} types the scan found */
    public long repositories() {
        return sources.stream().filter(Source::isRepository).count();
    }

    /** @return every {@code path: EdgeType} where a domain type mentions a bean or HTTP body of the service */
    public List<String> domainTypesMentioningTheEdge() {
        Set<String> edge = sources.stream().filter(Source::isEdge).map(Source::type).collect(Collectors.toSet());
        return sources.stream().filter(source -> !source.isEdge())
                .flatMap(source -> edge.stream().filter(source::mentions).map(type -> source.path() + ": " + type))
                .sorted().toList();
    }

    /**
     * @param named a repository's simple name → the other features allowed to use it (each a decision, with its
     *              reason where the test names it)
     * @return every {@code path: Repository} where a feature uses another feature's repository without it being named
     */
    public List<String> repositoriesUsedOutsideTheirFeature(Map<String, Set<String>> named) {
        return sources.stream().filter(Source::isRepository)
                .flatMap(repository -> sources.stream()
                        .filter(user -> !user.feature().equals(repository.feature()) && user.mentions(repository.type()))
                        .filter(user -> !named.getOrDefault(repository.type(), Set.of()).contains(user.feature()))
                        .map(user -> user.path() + ": " + repository.type()))
                .sorted().toList();
    }

    private static Source read(Path root, Path file) {
        try {
            String text = Files.readString(file);
            String name = file.getFileName().toString();
            return new Source(root.relativize(file).toString(), root.relativize(file).getName(0).toString(),
                    name.substring(0, name.length() - ".java".length()), text, COMMENT.matcher(text).replaceAll(""));
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
