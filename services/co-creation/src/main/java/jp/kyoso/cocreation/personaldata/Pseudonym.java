package jp.kyoso.cocreation.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * What an erased person is called from then on: {@code 削除済みユーザー-<8 hex>}, and an address that can never
 * deliver ({@code .invalid} is reserved by RFC 2606). Derived from the roster entry's id, which is no personal
 * data, so the same erasure always yields the same pseudonym and two erased people stay distinguishable.
 */
public record Pseudonym(String name, String email) {

    public static final String PREFIX = "削除済みユーザー-";
    public static final String EMAIL_DOMAIN = "erased.invalid";

    public static Pseudonym of(UUID memberId) {
        String hash = shortHash(memberId);
        return new Pseudonym(PREFIX + hash, "erased-" + hash + "@" + EMAIL_DOMAIN);
    }

    private static String shortHash(UUID memberId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(memberId.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
