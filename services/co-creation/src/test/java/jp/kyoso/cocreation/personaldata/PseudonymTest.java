package jp.kyoso.cocreation.personaldata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PseudonymTest {

    @Test
    void theSameEntryAlwaysGetsTheSamePseudonymAndDifferentEntriesDifferentOnes() {
        UUID first = UUID.fromString("3f2a9c1e-0b7d-4e65-9a21-7c4d8e6f5a10");
        Pseudonym pseudonym = Pseudonym.of(first);

        assertEquals(pseudonym, Pseudonym.of(first));
        assertTrue(pseudonym.name().matches("削除済みユーザー-[0-9a-f]{8}"), pseudonym.name());
        assertTrue(pseudonym.email().matches("erased-[0-9a-f]{8}@erased\\.invalid"), pseudonym.email());
        assertEquals(pseudonym.name().substring(Pseudonym.PREFIX.length()),
                pseudonym.email().substring("erased-".length(), "erased-".length() + 8));
        assertNotEquals(pseudonym, Pseudonym.of(UUID.fromString("3f2a9c1e-0b7d-4e65-9a21-7c4d8e6f5a11")));
    }

    @Test
    void thePseudonymRevealsNothingOfTheId() {
        UUID id = UUID.randomUUID();

        assertTrue(!Pseudonym.of(id).name().contains(id.toString().substring(0, 8)));
    }
}
