package jp.kyoso.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layering rule of every service: its {@code domain} package imports nothing else of the service, so rules can
 * be read and tested without web, persistence or messaging. A plain source scan, to keep the check dependency-free.
 */
public final class DomainIsolation {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    private DomainIsolation() {
    }

    /** @return every {@code file: import} in {@code <sourceRoot>/<base>/domain} that reaches into another package of the service */
    public static List<String> violations(Path sourceRoot, String servicePackage) {
        Path domain = sourceRoot.resolve(servicePackage.replace('.', '/')).resolve("domain");
        if (!Files.isDirectory(domain)) {
            return List.of();
        }
        String domainPackage = servicePackage + ".domain";
        try (Stream<Path> files = Files.walk(domain)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> importsOf(file).stream()
                            .filter(imported -> imported.startsWith(servicePackage + ".")
                                    && !imported.startsWith(domainPackage))
                            .map(imported -> domain.relativize(file) + ": " + imported))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> importsOf(Path file) {
        try {
            Matcher matcher = IMPORT.matcher(Files.readString(file));
            return matcher.results().map(result -> result.group(1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
