package jp.kyoso.cocreation.shared;

import java.util.List;
import jp.kyoso.events.sdg.SdgCatalog;
import jp.kyoso.web.problem.InvalidInputException;

/** SDG target codes as users type them, checked against the 169 targets and written the catalogue's way. */
public final class SdgTargets {

    private SdgTargets() {
    }

    /** "１１．７" and " 11.7" are both 11.7; duplicates go; an unknown code is a field error naming it. */
    public static List<String> validated(List<String> codes, String field) {
        List<String> unknown = SdgCatalog.unknownTargets(codes);
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of(field, "sdg.unknown", String.join(", ", unknown));
        }
        return codes.stream().map(code -> SdgCatalog.target(code).orElseThrow().code()).distinct().toList();
    }
}
