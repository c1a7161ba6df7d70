package jp.kyoso.correlation;

import io.micronaut.core.propagation.PropagatedContext;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorrelationIdsTest {

    @Test
    void acceptsOnlyShortSafeIds() {
        assertTrue(CorrelationIds.isValid("abc-123_X.y"));
        assertTrue(CorrelationIds.isValid("a".repeat(64)));
        assertTrue(CorrelationIds.isValid(CorrelationIds.newId()));
        assertFalse(CorrelationIds.isValid(null));
        assertFalse(CorrelationIds.isValid(""));
        assertFalse(CorrelationIds.isValid("a".repeat(65)));
        assertFalse(CorrelationIds.isValid("has space"));
        assertFalse(CorrelationIds.isValid("line\nbreak"));
        assertFalse(CorrelationIds.isValid("日本語"));
    }

    @Test
    void openPutsTheIdInTheMdcAndRestoresThePreviousOne() {
        MDC.put(CorrelationIds.MDC_KEY, "outer");
        try {
            try (PropagatedContext.Scope ignored = CorrelationIds.open("inner")) {
                assertEquals(Optional.of("inner"), CorrelationIds.current());
            }
            assertEquals(Optional.of("outer"), CorrelationIds.current());
        } finally {
            MDC.remove(CorrelationIds.MDC_KEY);
        }
        assertEquals(Optional.empty(), CorrelationIds.current());
    }
}
