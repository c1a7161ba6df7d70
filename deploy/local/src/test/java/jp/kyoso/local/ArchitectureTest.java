package jp.kyoso.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/local's three packages and their one-way directions: the launcher may load the demo data (through
 * {@code DemoData} only), the demo data knows nothing of the launcher or the load, and the load generator uses at
 * most the demo's portal client. Within a package no two classes use each other.
 *
 * <p>A source scan, like the services' {@code ArchitectureTest}: the compiler copies constants (a password, a port)
 * into the classes that read them, so the class files would not show such a tie.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/jp/kyoso/local");

    /** What each package may use of the others, as {@code package.Class}; anything else is a violation. */
    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "launcher", Set.of("demo.DemoData"),
            "demo", Set.of(),
            "load", Set.of("demo.PortalClient"));

    private static final Pattern LOCAL_TYPE = Pattern.compile("\\bjp\\.kyoso\\.local\\.(\\w+)\\.(\\w+|\\*)");

    @Test
    void everyClassLivesInTheLauncherTheDemoOrTheLoad() {
        List<Source> sources = sources();
        assertTrue(sources.size() > 15, "the scan should see the sources: " + sources.size());

        assertEquals(List.of(), sources.stream().filter(source -> !MAY_USE.containsKey(source.pkg()))
                .map(Source::path).toList());
    }

    @Test
    void packagesDependOneWay() {
        List<String> violations = new ArrayList<>();
        for (Source source : sources()) {
            Matcher used = LOCAL_TYPE.matcher(source.code());
            while (used.find()) {
                String target = used.group(1) + "." + used.group(2);
                if (!used.group(1).equals(source.pkg()) && !MAY_USE.getOrDefault(source.pkg(), Set.of())
                        .contains(target)) {
                    violations.add(source.path() + " uses " + target);
                }
            }
        }

        assertEquals(List.of(), violations.stream().distinct().sorted().toList());
    }

    @Test
    void noTwoClassesOfAPackageUseEachOther() {
        List<Source> sources = sources();
        assertTrue(sources.stream().anyMatch(source -> source.type().equals("LocalPlatform")
                && source.mentions("ServiceProcess")), "the scan should see uses within a package");

        List<String> ties = new ArrayList<>();
        for (Source one : sources) {
            for (Source other : sources) {
                if (one.pkg().equals(other.pkg()) && one.type().compareTo(other.type()) < 0
                        && one.mentions(other.type()) && other.mentions(one.type())) {
                    ties.add(one.path() + " <-> " + other.path());
                }
            }
        }

        assertEquals(List.of(), ties);
    }

    private static List<Source> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals("package-info.java"))
                    .map(Source::read).sorted((a, b) -> a.path().compareTo(b.path())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One source file with comments and literals blanked out, so that only code is scanned.
     *
     * @param path relative to {@code jp/kyoso/local}, e.g. {@code launcher/LocalPlatform.java}
     * @param pkg the sub-package, e.g. {@code launcher} (empty for the root)
     * @param type the top-level type's name
     * @param code the code without comments, strings and character literals
     */
    private record Source(String path, String pkg, String type, String code) {

        static Source read(Path file) {
            Path relative = SOURCES.relativize(file);
            String pkg = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
            String type = file.getFileName().toString().replace(".java", "");
            try {
                return new Source(relative.toString(), pkg, type, codeOnly(Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean mentions(String otherType) {
            return Pattern.compile("(?<![\\w.])" + otherType + "\\b").matcher(code).find();
        }

        private static String codeOnly(String text) {
            StringBuilder code = new StringBuilder(text.length());
            int i = 0;
            while (i < text.length()) {
                String end = text.startsWith("//", i) ? "\n" : text.startsWith("/*", i) ? "*/"
                        : text.startsWith("\"\"\"", i) ? "\"\"\"" : text.charAt(i) == '"' ? "\""
                        : text.charAt(i) == '\'' ? "'" : null;
                if (end == null) {
                    code.append(text.charAt(i++));
                    continue;
                }
                int from = i + (end.equals("\n") || end.equals("*/") ? 2 : end.length());
                int to = from;
                while (to < text.length() && !text.startsWith(end, to)) {
                    to += text.charAt(to) == '\\' && end.length() == 1 && !end.equals("\n") ? 2 : 1;
                }
                code.append(' ');
                i = Math.min(text.length(), to + end.length());
            }
            return code.toString();
        }
    }
}
