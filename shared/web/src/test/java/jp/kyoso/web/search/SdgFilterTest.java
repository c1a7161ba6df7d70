package jp.kyoso.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jp.kyoso.web.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

class SdgFilterTest {

    @Test
    void typedValuesAreNormalisedAndBlanksMeanAny() {
        SdgFilter filter = new SdgFilter("  見守り ", 11, "１１．２");
        assertEquals("見守り", filter.keyword());
        assertEquals("11.2", filter.target());
        assertEquals("11", filter.goalText());
        SdgFilter any = new SdgFilter(" ", null, "");
        assertNull(any.keyword());
        assertNull(any.keywordPattern());
        assertNull(any.target());
        assertNull(any.goalText());
    }

    @Test
    void wildcardsTypedByAUserAreLiteral() {
        assertEquals("%100\\%\\_達成\\\\%", new SdgFilter("100%_達成\\", null, null).keywordPattern());
    }

    @Test
    void anUnknownGoalOrTargetOrATargetOutsideTheGoalIsAFieldError() {
        assertEquals("goal", field(() -> new SdgFilter(null, 18, null)));
        assertEquals("goal", field(() -> new SdgFilter(null, 0, null)));
        assertEquals("target", field(() -> new SdgFilter(null, null, "18.1")));
        assertEquals("target", field(() -> new SdgFilter(null, 3, "11.2")));
        assertEquals("q", field(() -> new SdgFilter("あ".repeat(201), null, null)));
    }

    private static String field(Runnable filter) {
        return assertThrows(InvalidInputException.class, filter::run).errors().get(0).field();
    }
}
