package jp.kyoso.portal.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InitialPasswordsTest {

    @Test
    void everyPasswordIsFourReadableGroupsThatThePasswordRulesAccept() {
        for (int i = 0; i < 500; i++) {
            String password = InitialPasswords.generate("haru");
            assertTrue(password.matches("[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}"), password);
            assertEquals(List.of(), PasswordRules.violations("haru", password), password);
        }
    }

    @Test
    void passwordsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(InitialPasswords.generate("natsu")));
        }
    }
}
