package jp.kyoso.portal.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aHashVerifiesItsOwnPasswordOnly() {
        String encoded = hasher.hash("kyoso-demo");

        assertTrue(hasher.verify("kyoso-demo", encoded));
        assertFalse(hasher.verify("kyoso-demO", encoded));
        assertFalse(hasher.verify("kyoso-demo ", encoded));
    }

    @Test
    void theEncodedFormNamesAlgorithmIterationsSaltAndHash() {
        String[] parts = hasher.hash("共創のパスワード").split("\\$");

        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals(210_000, Integer.parseInt(parts[1]));
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void eachHashHasItsOwnSalt() {
        String first = hasher.hash("same password");
        String second = hasher.hash("same password");

        assertNotEquals(first, second);
        assertTrue(hasher.verify("same password", first));
        assertTrue(hasher.verify("same password", second));
    }

    @Test
    void japanesePasswordsRoundTrip() {
        String encoded = hasher.hash("しながわ共創2025");

        assertTrue(hasher.verify("しながわ共創2025", encoded));
        assertFalse(hasher.verify("しながわ共創2024", encoded));
    }

    @Test
    void fewerThanTheMinimumIterationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(100_000));
    }

    @Test
    void aHashWithFewerIterationsStillVerifiesButAsksToBeRehashed() {
        PasswordHasher stronger = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS + 10_000);
        String old = hasher.hash("upgrade me");

        assertTrue(stronger.verify("upgrade me", old));
        assertTrue(stronger.needsRehash(old));
        assertFalse(stronger.needsRehash(stronger.hash("upgrade me")));
        assertFalse(hasher.needsRehash(old));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"plain-text-password", "pbkdf2-sha256$abc$AAAA$AAAA", "pbkdf2-sha256$210000$!!$AAAA",
            "md5$1$AAAA$AAAA", "pbkdf2-sha256$210000$AAAA", "pbkdf2-sha256$0$AAAA$AAAA",
            "pbkdf2-sha256$2147483647$AAAA$AAAA"})
    void unreadableStoredValuesNeverVerifyAndAskToBeRehashed(String encoded) {
        assertFalse(hasher.verify("anything", encoded));
        assertTrue(hasher.needsRehash(encoded));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void anEmptyPasswordNeverVerifiesAndCannotBeSet(String password) {
        String encoded = hasher.hash("x");

        assertFalse(hasher.verify(password, encoded));
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(password));
    }

    @Test
    void aTamperedHashDoesNotVerify() {
        String encoded = hasher.hash("kyoso-demo");
        String[] parts = encoded.split("\\$");
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        hash[0] ^= 1;
        String tampered = parts[0] + '$' + parts[1] + '$' + parts[2] + '$'
                + Base64.getEncoder().withoutPadding().encodeToString(hash);

        assertFalse(hasher.verify("kyoso-demo", tampered));
    }
}
