package jp.kyoso.web.paging;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/** One page of results with what a client needs to draw a pager. */
@Serdeable
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public PageResponse {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The page {@code request} asked for, holding {@code items}, out of {@code totalItems} in all. */
    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
        long pages = (totalItems + request.size() - 1) / request.size();
        return new PageResponse<>(items, request.page(), request.size(), totalItems, (int) Math.min(pages, Integer.MAX_VALUE));
    }

    /** The same page with each item converted, e.g. from a domain record to its API view. */
    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
