package jp.kyoso.cocreation.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorporateNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"7000012050002", "1180301018771", "8000020130001"})
    void acceptsPublishedCorporateNumbers(String number) {
        assertEquals(Optional.of(new CorporateNumber(number)), CorporateNumber.parse(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8000012050002", "1180301018772", "700001205000", "70000120500021", "70000120500O2", ""})
    void rejectsWrongCheckDigitsLengthsAndCharacters(String number) {
        assertTrue(CorporateNumber.parse(number).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new CorporateNumber(number));
    }

    @Test
    void normalisesWhatPeopleTypeInJapaneseForms() {
        assertEquals("7000012050002", CorporateNumber.parse("７０００ ０１２０-５０００２").orElseThrow().value());
        assertEquals("7000012050002", CorporateNumber.parse("7-0000-1205-0002").orElseThrow().value());
    }

    @Test
    void checkDigitFollowsTheNationalTaxAgencyRule() {
        // 9 − (Σ Pn×Qn mod 9); for 000012050002: 2×1 + 5×1 + 2×1 + 1×2 = 11, 11 mod 9 = 2, 9 − 2 = 7.
        assertEquals(7, CorporateNumber.checkDigit("000012050002"));
        assertEquals(9, CorporateNumber.checkDigit("000000000000"));
    }
}
