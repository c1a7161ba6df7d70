package jp.kyoso.cocreation.issue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import java.util.List;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;

/** The board's orders, named {@code sort=<field>} / {@code sort=-<field>} as in docs/api-style.md. */
enum IssueOrder {

    /** {@code sort=-createdAt}, the default: newest first. */
    NEWEST("-createdAt", Sort.of(Sort.Order.desc("createdAt"))),
    /** {@code sort=-endorsements}: most endorsed first (the ripe ones), newest first among equals. */
    MOST_ENDORSED("-endorsements", Sort.of(Sort.Order.desc("endorsementCount"), Sort.Order.desc("createdAt")));

    /** The value the board took before the style guide; accepted until the next release. */
    private static final String LEGACY_MOST_ENDORSED = "endorsements";

    private final String value;
    private final Sort sort;

    IssueOrder(String value, Sort sort) {
        this.value = value;
        this.sort = sort;
    }

    Sort sort() {
        return sort;
    }

    /** The order a {@code sort} query value asks for; an unknown one is bad input, not silently the default. */
    static IssueOrder of(@Nullable String sort) {
        if (sort == null || sort.isBlank()) {
            return NEWEST;
        }
        if (LEGACY_MOST_ENDORSED.equals(sort)) {
            return MOST_ENDORSED;
        }
        for (IssueOrder order : values()) {
            if (order.value.equals(sort)) {
                return order;
            }
        }
        throw new InvalidInputException(List.of(new FieldErrorKey("sort", "Invalid")));
    }
}
