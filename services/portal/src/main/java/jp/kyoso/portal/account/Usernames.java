package jp.kyoso.portal.account;

import java.text.Normalizer;
import java.util.Locale;

/** The one spelling of a username that is stored and looked up. */
public final class Usernames {

    private Usernames() {
    }

    /**
     * NFKC first because a Japanese input method happily types full-width {@code ａｄｍｉｎ}, which should be the same
     * account as {@code admin}; then trimmed and lower-cased so case never creates a second account.
     */
    public static String normalise(String username) {
        if (username == null) {
            return "";
        }
        return Normalizer.normalize(username, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
