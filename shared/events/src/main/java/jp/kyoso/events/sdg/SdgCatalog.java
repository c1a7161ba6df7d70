package jp.kyoso.events.sdg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The goals and targets, read once from the UN list shipped in this jar, and the checks services run on the
 * references users type or sheets contain.
 */
public final class SdgCatalog {

    private static final Map<Integer, SdgGoal> GOALS = loadGoals();
    private static final Map<String, SdgTarget> TARGETS = loadTargets();

    private SdgCatalog() {
    }

    public static Collection<SdgGoal> goals() {
        return GOALS.values();
    }

    public static Collection<SdgTarget> targets() {
        return TARGETS.values();
    }

    public static Optional<SdgGoal> goal(int number) {
        return Optional.ofNullable(GOALS.get(number));
    }

    /** The target for a code as users type it: full-width digits and surrounding spaces are accepted. */
    public static Optional<SdgTarget> target(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(TARGETS.get(normalise(code)));
    }

    public static boolean isTarget(String code) {
        return target(code).isPresent();
    }

    /** The codes among {@code codes} that are not one of the 169 targets, in their given order. */
    public static List<String> unknownTargets(Collection<String> codes) {
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            if (!isTarget(code)) {
                unknown.add(code);
            }
        }
        return unknown;
    }

    /** The goals the given targets belong to, in goal order; unknown codes are ignored. */
    public static Set<SdgGoal> goalsOf(Collection<String> targetCodes) {
        Set<Integer> numbers = new TreeSet<>();
        targetCodes.forEach(code -> target(code).ifPresent(target -> numbers.add(target.goal().number())));
        Set<SdgGoal> goals = new LinkedHashSet<>();
        numbers.forEach(number -> goals.add(GOALS.get(number)));
        return goals;
    }

    /**
     * The references in a cell of an evaluation sheet or a free-text field: {@code 【4.2,4.4】}, {@code 4.a},
     * {@code 11.2、11.3} or a bare goal number ({@code 7}). Targets come back as codes, goals as their number;
     * anything else is reported through {@code unknown} rather than silently dropped.
     */
    public static SdgReferences parseReferences(String text, Consumer<String> unknown) {
        Set<String> targets = new LinkedHashSet<>();
        Set<Integer> goals = new LinkedHashSet<>();
        if (text != null) {
            String cleaned = Normalizer.normalize(text, Normalizer.Form.NFKC)
                    .replaceAll("[【】\\[\\]()（）「」]", " ");
            for (String token : cleaned.split("[,、，;；/\\s]+")) {
                String candidate = token.strip().toLowerCase(Locale.ROOT);
                if (candidate.isEmpty()) {
                    continue;
                }
                if (TARGETS.containsKey(candidate)) {
                    targets.add(candidate);
                } else if (candidate.matches("\\d{1,2}") && GOALS.containsKey(Integer.parseInt(candidate))) {
                    goals.add(Integer.parseInt(candidate));
                } else {
                    unknown.accept(token.strip());
                }
            }
        }
        return new SdgReferences(List.copyOf(targets), List.copyOf(goals));
    }

    /** What {@link #parseReferences} found: target codes and bare goal numbers. */
    public record SdgReferences(List<String> targets, List<Integer> goals) {
    }

    private static String normalise(String code) {
        return Normalizer.normalize(code, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private static Map<Integer, SdgGoal> loadGoals() {
        Map<Integer, SdgGoal> goals = new LinkedHashMap<>();
        readRows("sdg-goals.tsv", columns -> {
            int number = Integer.parseInt(columns[0]);
            String[] names = columns[1].split(" / ", 2);
            goals.put(number, new SdgGoal(number, names[0].strip(), names[1].strip(), sideOf(number)));
        });
        return goals.size() == 17 ? Collections.unmodifiableMap(goals) : fail("17 goals");
    }

    private static Map<String, SdgTarget> loadTargets() {
        Map<String, SdgTarget> targets = new LinkedHashMap<>();
        readRows("sdg-targets.tsv", columns -> {
            SdgGoal goal = GOALS.get(Integer.parseInt(columns[0]));
            targets.put(columns[1], new SdgTarget(columns[1], goal));
        });
        return targets.size() == 169 ? Collections.unmodifiableMap(targets) : fail("169 targets");
    }

    private static SdgSide sideOf(int goal) {
        return switch (goal) {
            case 6, 13, 14, 15 -> SdgSide.ENVIRONMENT;
            case 1, 2, 3, 4, 5, 7, 11, 16 -> SdgSide.SOCIETY;
            case 8, 9, 10, 12 -> SdgSide.ECONOMY;
            default -> SdgSide.PARTNERSHIP;
        };
    }

    private static void readRows(String resource, Consumer<String[]> row) {
        try (InputStream in = SdgCatalog.class.getResourceAsStream("/sdg/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing /sdg/" + resource + " on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    row.accept(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T fail(String expected) {
        throw new IllegalStateException("The SDG list shipped with kyoso does not hold " + expected);
    }
}
