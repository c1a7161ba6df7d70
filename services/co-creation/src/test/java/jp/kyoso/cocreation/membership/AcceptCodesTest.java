package jp.kyoso.cocreation.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcceptCodesTest {

    @Test
    void codesAreUrlSafeUniqueAndOnlyTheirOwnHashMatches() {
        String code = AcceptCodes.newCode();
        String other = AcceptCodes.newCode();

        assertEquals(32, code.length());
        assertTrue(code.matches("[A-Za-z0-9_-]+"), code);
        assertNotEquals(code, other);
        String hash = AcceptCodes.hash(code);
        assertEquals(64, hash.length());
        assertTrue(AcceptCodes.matches(code, hash));
        assertFalse(AcceptCodes.matches(other, hash));
        assertFalse(AcceptCodes.matches(code, null));
    }
}
