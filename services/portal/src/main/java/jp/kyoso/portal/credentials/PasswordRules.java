package jp.kyoso.portal.credentials;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.kyoso.portal.account.Usernames;

/**
 * What a self-chosen password must be: long enough to resist guessing (length beats character classes, as NIST SP
 * 800-63B advises), not built on the username, and not one of the passwords every attacker tries first.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    static final int MIN_DISTINCT_CHARACTERS = 5;

    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "1234567890",
            "12345678910", "123456789012", "qwertyuiop", "1q2w3e4r5t", "iloveyou12", "abcdefghij", "kyoso-demo",
            "kyosodemo1", "passw0rd12", "letmein123", "welcome123", "admin12345", "shinagawa1");

    private PasswordRules() {
    }

    /** @return the message keys of every rule the password breaks; empty when it may be used */
    public static List<String> violations(String username, String password) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            broken.add("account.password.tooShort");
            return broken;
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            broken.add("account.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : Usernames.normalise(username);
        if (name.length() >= 3 && lower.contains(name)) {
            broken.add("account.password.containsUsername");
        }
        if (COMMON.contains(lower) || password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            broken.add("account.password.tooSimple");
        }
        return broken;
    }
}
