package jp.kyoso.citylab.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kyoso.events.sdg.SdgCatalog;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;

/** Collects every field error of one request, so the caller sees them all at once and nothing is changed. */
public final class FieldErrors {

    private final List<FieldErrorKey> errors = new ArrayList<>();

    public void add(String field, String code, Object... args) {
        errors.add(new FieldErrorKey(field, code, args));
    }

    /** The targets in catalogue form ({@code ４.２} → {@code 4.2}); unknown ones become a field error. */
    public List<String> sdgTargets(String field, List<String> codes, boolean required) {
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

    /** A proposal deadline must lie after today and within {@value #DEADLINE_YEARS_AHEAD} years (a typo, not a plan). */
    public static final int DEADLINE_YEARS_AHEAD = 5;

    public void deadline(String field, LocalDate deadline, LocalDate today) {
        if (!deadline.isAfter(today)) {
            add(field, "Future");
        } else if (deadline.isAfter(today.plusYears(DEADLINE_YEARS_AHEAD))) {
            add(field, "challenge.deadlineTooFar", DEADLINE_YEARS_AHEAD);
        }
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
