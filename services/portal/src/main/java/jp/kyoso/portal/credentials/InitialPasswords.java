package jp.kyoso.portal.credentials;

import java.security.SecureRandom;

/**
 * One-time initial passwords the secretariat reads out or hands over on paper: four groups of four characters from
 * an alphabet without look-alikes (no 0/o, 1/l/i), e.g. {@code k7mp-3xqa-9hwr-t4cz}. 16 characters of 31 give
 * about 79 bits, far beyond guessing, and every one passes {@link PasswordRules}.
 */
public final class InitialPasswords {

    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {
    }

    /** @return a fresh password that {@link PasswordRules} accepts for {@code username} */
    public static String generate(String username) {
        while (true) {
            String candidate = candidate();
            // Five distinct characters in sixteen or a word in it is rare; drawing again keeps the rules one place.
            if (PasswordRules.violations(username, candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private static String candidate() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
