package jp.kyoso.portal.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void aLongVariedPasswordWithoutTheUsernamePasses() {
        assertEquals(List.of(), PasswordRules.violations("tanaka", "green-river-7-bridges"));
        assertEquals(List.of(), PasswordRules.violations("tanaka", "しながわの海と空と森"), "Japanese counts per character");
    }

    @Test
    void tooShortIsReportedAloneBecauseNothingElseMattersYet() {
        assertEquals(List.of("account.password.tooShort"), PasswordRules.violations("tanaka", "abc12"));
        assertEquals(List.of("account.password.tooShort"), PasswordRules.violations("tanaka", null));
    }

    @Test
    void theUsernameInsideThePasswordIsRefusedWhateverTheCase() {
        assertEquals(List.of("account.password.containsUsername"),
                PasswordRules.violations("Tanaka", "my-TANAKA-2026-pw"));
    }

    @Test
    void commonOrRepetitivePasswordsAreTooSimple() {
        assertEquals(List.of("account.password.tooSimple"), PasswordRules.violations("sato", "Password123"));
        assertEquals(List.of("account.password.tooSimple"), PasswordRules.violations("sato", "abababababab"));
    }

    @Test
    void overTheMaximumIsTooLong() {
        assertEquals(List.of("account.password.tooLong"),
                PasswordRules.violations("sato", "abcdefghij".repeat(13)));
    }
}
