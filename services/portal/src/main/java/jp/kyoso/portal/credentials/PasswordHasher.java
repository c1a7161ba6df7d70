package jp.kyoso.portal.credentials;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 from the JDK, so no native library or extra dependency is needed.
 *
 * <p>The encoded form {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (salt and hash in unpadded Base64) carries
 * everything needed to verify it, so the work factor can be raised later: old hashes still verify and
 * {@link #needsRehash(String)} tells the caller to re-hash at the next successful sign-in.
 */
public final class PasswordHasher {

    /** OWASP's 2023 floor for PBKDF2-HMAC-SHA256; lower values are refused rather than silently accepted. */
    public static final int MINIMUM_ITERATIONS = 210_000;
    public static final String ALGORITHM_ID = "pbkdf2-sha256";

    private static final String JCA_ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    // A stored value comes from our own table, but a corrupted or hostile row must not pin a CPU for minutes.
    private static final int MAXIMUM_ITERATIONS = 10_000_000;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final int iterations;
    private final SecureRandom random;

    public PasswordHasher() {
        this(MINIMUM_ITERATIONS);
    }

    public PasswordHasher(int iterations) {
        if (iterations < MINIMUM_ITERATIONS || iterations > MAXIMUM_ITERATIONS) {
            throw new IllegalArgumentException("PBKDF2 iterations must be between " + MINIMUM_ITERATIONS + " and "
                    + MAXIMUM_ITERATIONS + ", was " + iterations);
        }
        this.iterations = iterations;
        this.random = new SecureRandom();
    }

    public int iterations() {
        return iterations;
    }

    public String hash(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("A password must not be empty");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations, HASH_BYTES);
        return ALGORITHM_ID + '$' + iterations + '$' + B64.encodeToString(salt) + '$' + B64.encodeToString(hash);
    }

    /** False for a wrong password and for a value this hasher cannot read; never throws on bad input. */
    public boolean verify(String password, String encoded) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        Encoded parsed = Encoded.parse(encoded);
        if (parsed == null) {
            return false;
        }
        byte[] candidate = derive(password, parsed.salt(), parsed.iterations(), parsed.hash().length);
        // Constant time, so the comparison does not tell an attacker how many leading bytes matched.
        return MessageDigest.isEqual(candidate, parsed.hash());
    }

    /** True when the stored value is unreadable or weaker than what this hasher produces today. */
    public boolean needsRehash(String encoded) {
        Encoded parsed = Encoded.parse(encoded);
        return parsed == null || parsed.iterations() < iterations || parsed.salt().length < SALT_BYTES
                || parsed.hash().length < HASH_BYTES;
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int bytes) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(JCA_ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(JCA_ALGORITHM + " is missing from this JDK", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    private record Encoded(int iterations, byte[] salt, byte[] hash) {

        static Encoded parse(String encoded) {
            if (encoded == null) {
                return null;
            }
            String[] parts = encoded.split("\\$", -1);
            if (parts.length != 4 || !ALGORITHM_ID.equals(parts[0])) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = B64_DECODER.decode(parts[2]);
                byte[] hash = B64_DECODER.decode(parts[3]);
                if (iterations < 1 || iterations > MAXIMUM_ITERATIONS || salt.length == 0 || hash.length == 0) {
                    return null;
                }
                return new Encoded(iterations, salt, hash);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
