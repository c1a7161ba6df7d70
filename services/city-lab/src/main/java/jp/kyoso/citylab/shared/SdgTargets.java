package jp.kyoso.citylab.shared;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** SDG target codes are stored as one comma-separated column; these convert both ways, keeping order, no duplicates. */
public final class SdgTargets {

    private SdgTargets() {
    }

    public static String join(List<String> codes) {
        return String.join(",", new LinkedHashSet<>(codes));
    }

    public static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(String::strip).filter(code -> !code.isEmpty()).distinct().toList();
    }
}
