package jp.kyoso.web.paging;

import io.micronaut.core.annotation.Nullable;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** A 0-based page of {@code size} items; always valid once constructed. */
public record PageRequest(int page, int size) {

    public static final String PAGE_PARAMETER = "page";
    public static final String SIZE_PARAMETER = "size";
    public static final int DEFAULT_PAGE = 0;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** The first page of the default size. */
    public static final PageRequest FIRST = new PageRequest(DEFAULT_PAGE, DEFAULT_SIZE);

    public PageRequest {
        List<FieldErrorKey> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldErrorKey(PAGE_PARAMETER, "Min", 0));
        }
        if (size < 1) {
            errors.add(new FieldErrorKey(SIZE_PARAMETER, "Min", 1));
        } else if (size > MAX_SIZE) {
            errors.add(new FieldErrorKey(SIZE_PARAMETER, "Max", MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * From query parameters: absent ones take their defaults and an oversized {@code size} is cut to {@link #MAX_SIZE}
     * (asking for "everything" is not an error), while a negative page or a size below 1 is invalid input.
     */
    public static PageRequest of(@Nullable Integer page, @Nullable Integer size) {
        int effectiveSize = size == null ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        return new PageRequest(page == null ? DEFAULT_PAGE : page, effectiveSize);
    }

    /** Rows to skip, for SQL {@code OFFSET}; long because page × size can pass int range. */
    public long offset() {
        return (long) page * size;
    }

    /** Rows to fetch, for SQL {@code LIMIT}. */
    public int limit() {
        return size;
    }
}
