package jp.kyoso.portal.credentials;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * TOTP (RFC 6238) as every authenticator app speaks it: HMAC-SHA1, six digits, 30-second steps, a 160-bit key
 * shown in Base32. A code of the step before or after is accepted too, for clocks a little apart.
 */
@Singleton
public class TotpCodes {

    static final String ISSUER = "kyoso";
    private static final int KEY_BYTES = 20;
    private static final int STEPS_OF_DRIFT = 1;

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
    private final SecureRandom random = new SecureRandom();
    private final Base32 base32 = new Base32();

    public String newSecret() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return base32.encodeToString(key).replace("=", "");
    }

    /** The URI authenticator apps read (from a QR code, or opened on the phone itself). */
    public String otpauthUri(String secret, String username) {
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER + "&algorithm=SHA1&digits=6"
                + "&period=30";
    }

    public String codeAt(String secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(key(secret), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A stored TOTP key is unusable", e);
        }
    }

    public boolean matches(String secret, String code, Instant now) {
        if (secret == null || code == null) {
            return false;
        }
        String typed = code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return false;
        }
        Duration step = generator.getTimeStep();
        for (int drift = -STEPS_OF_DRIFT; drift <= STEPS_OF_DRIFT; drift++) {
            if (codeAt(secret, now.plus(step.multipliedBy(drift))).equals(typed)) {
                return true;
            }
        }
        return false;
    }

    private Key key(String secret) {
        return new SecretKeySpec(base32.decode(secret), generator.getAlgorithm());
    }
}
