package jp.kyoso.portal.sso;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The code the browser carries from the identity provider's redirect to the page, which exchanges it for the portal's
 * token with a POST: the token itself never appears in an address (history, logs, Referer). 256 random bits, valid
 * for {@link SsoSettings#getCodeLifetime()}, used once.
 */
@Singleton
class SignInCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SsoLinks links;
    private final SsoSettings settings;
    private final Clock clock;

    SignInCodes(SsoLinks links, SsoSettings settings, Clock clock) {
        this.links = links;
        this.settings = settings;
        this.clock = clock;
    }

    String issue(UUID accountId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        links.storeCode(hash(code), accountId, now.plus(settings.getCodeLifetime()), now);
        return code;
    }

    Optional<UUID> redeem(String code) {
        if (code == null || code.isBlank() || code.length() > 100) {
            return Optional.empty();
        }
        return links.takeCode(hash(code.strip()), clock.instant());
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
