package jp.kyoso.citylab.application;

import java.util.ArrayList;
import java.util.List;
import jp.kyoso.events.sdg.SdgCatalog;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;

/** Collects every field error of one request, so the caller sees them all at once and nothing is changed. */
final class FieldErrors {

    private final List<FieldErrorKey> errors = new ArrayList<>();

    void add(String field, String code, Object... args) {
        errors.add(new FieldErrorKey(field, code, args));
    }

    /** The targets in catalogue form ({@code ４.２} → {@code 4.2}); unknown ones become a field error. */
    List<String> sdgTargets(String field, List<String> codes, boolean required) {
        if (codes == null || codes.isEmpty()) {
            if (required) {
                add(field, "NotEmpty");
            }
            return List.of();
        }
        List<String> unknown = SdgCatalog.unknownTargets(codes);
        if (!unknown.isEmpty()) {
            add(field, "sdgTargets.unknown", String.join(", ", unknown));
            return List.of();
        }
        return codes.stream().map(code -> SdgCatalog.target(code).orElseThrow().code()).distinct().toList();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
