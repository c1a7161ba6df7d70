package jp.kyoso.mail;

import java.util.Locale;

/** The languages mails are written in: Japanese by default, English for whoever chose it. */
public final class MailLanguage {

    public static final String JAPANESE = "ja";
    public static final String ENGLISH = "en";

    private MailLanguage() {
    }

    /** @return {@code en} for any English tag ({@code en}, {@code en-US}), else {@code ja} */
    public static String of(String tag) {
        return tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith(ENGLISH) ? ENGLISH : JAPANESE;
    }
}
