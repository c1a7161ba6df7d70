package jp.kyoso.cocreation.membership;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable single-use invitation codes; only their SHA-256 is kept, compared in constant time. */
final class AcceptCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 24;

    private AcceptCodes() {
    }

    static String newCode() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    static boolean matches(String code, String expectedHash) {
        return expectedHash != null && MessageDigest.isEqual(hash(code).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
