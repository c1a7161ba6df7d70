package jp.kyoso.portal.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

    /** RFC 6238 appendix B's SHA-1 key, "12345678901234567890" in ASCII, as authenticator apps take it: Base32. */
    private static final String RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final TotpCodes totp = new TotpCodes();

    @Test
    void computesTheCodesOfRfc6238() {
        // The RFC lists eight digits (94287082, 07081804, 14050471, 89005924); apps show the last six.
        assertEquals("287082", totp.codeAt(RFC_KEY, Instant.ofEpochSecond(59)));
        assertEquals("081804", totp.codeAt(RFC_KEY, Instant.ofEpochSecond(1_111_111_109)));
        assertEquals("050471", totp.codeAt(RFC_KEY, Instant.ofEpochSecond(1_111_111_111)));
        assertEquals("005924", totp.codeAt(RFC_KEY, Instant.ofEpochSecond(1_234_567_890)));
    }

    @Test
    void acceptsTheCurrentAndNeighbouringStepsOnly() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        assertTrue(totp.matches(RFC_KEY, totp.codeAt(RFC_KEY, now), now));
        assertTrue(totp.matches(RFC_KEY, totp.codeAt(RFC_KEY, now.minusSeconds(30)), now), "a slow phone");
        assertTrue(totp.matches(RFC_KEY, " 005 924 ", now), "spaces as apps group the digits");
        assertFalse(totp.matches(RFC_KEY, totp.codeAt(RFC_KEY, now.minusSeconds(90)), now), "too old");
        assertFalse(totp.matches(RFC_KEY, "12345", now));
        assertFalse(totp.matches(RFC_KEY, null, now));
        assertFalse(totp.matches(null, "005924", now));
    }

    @Test
    void newSecretsAre160BitBase32KeysInAnOtpauthUri() {
        String secret = totp.newSecret();
        assertEquals(32, secret.length());
        assertTrue(secret.matches("[A-Z2-7]+"), secret);
        assertNotEquals(secret, totp.newSecret());
        assertEquals("otpauth://totp/kyoso%3Ahanako.sato?secret=" + secret
                + "&issuer=kyoso&algorithm=SHA1&digits=6&period=30", totp.otpauthUri(secret, "hanako.sato"));
    }
}
