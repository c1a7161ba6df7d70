package jp.kyoso.web.paging;

import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {

    @Test
    void defaultsWhenAbsent() {
        assertEquals(new PageRequest(0, 20), PageRequest.of(null, null));
        assertEquals(PageRequest.FIRST, PageRequest.of(null, null));
        assertEquals(new PageRequest(3, 20), PageRequest.of(3, null));
    }

    @Test
    void clampsOversizedPages() {
        assertEquals(new PageRequest(0, 100), PageRequest.of(0, 5000));
        assertEquals(new PageRequest(2, 100), PageRequest.of(2, 100));
    }

    @Test
    void rejectsNegativesWithFieldErrors() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PageRequest.of(-1, -5));
        assertEquals(List.of(new FieldErrorKey("page", "Min", 0), new FieldErrorKey("size", "Min", 1)), e.errors());
        assertThrows(InvalidInputException.class, () -> PageRequest.of(0, 0));
        assertThrows(InvalidInputException.class, () -> new PageRequest(0, 101));
    }

    @Test
    void offsetAndLimitForSql() {
        PageRequest request = PageRequest.of(Integer.MAX_VALUE, 100);
        assertEquals(214_748_364_700L, request.offset());
        assertEquals(100, request.limit());
    }

    @Test
    void responseCountsPages() {
        PageRequest request = PageRequest.of(1, 20);
        assertEquals(3, PageResponse.of(List.of("a"), request, 41).totalPages());
        assertEquals(2, PageResponse.of(List.of("a"), request, 40).totalPages());
        assertEquals(0, PageResponse.of(List.<String>of(), request, 0).totalPages());
        PageResponse<Integer> lengths = PageResponse.of(List.of("ab", "c"), request, 22).map(String::length);
        assertEquals(new PageResponse<>(List.of(2, 1), 1, 20, 22, 2), lengths);
    }
}
