package jp.kyoso.cocreation.shared;

/** Free text searched with SQL {@code LIKE}: the user's {@code %} and {@code _} are literal, not wildcards. */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** @return the text with LIKE's wildcards and escape character escaped by a backslash */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
