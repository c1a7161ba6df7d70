package jp.kyoso.citylab.shared;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import java.util.function.Function;
import jp.kyoso.web.paging.PageRequest;
import jp.kyoso.web.paging.PageResponse;

/** From the shared page parameters to Micronaut Data and back. */
public final class Paging {

    private Paging() {
    }

    public static Pageable of(PageRequest paging, Sort.Order order) {
        return Pageable.from(paging.page(), paging.size(), Sort.of(order));
    }

    public static <T, R> PageResponse<R> response(Page<T> page, PageRequest paging, Function<T, R> view) {
        return PageResponse.of(page.getContent().stream().map(view).toList(), paging, page.getTotalSize());
    }
}
