package jp.kyoso.attachments;

import java.util.UUID;
import java.util.regex.Pattern;

/** Object keys are made from ids only, never from a user's file name: {@code <kind>/<owner id>/<attachment id>}. */
public final class ObjectKeys {

    private static final Pattern SAFE = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");

    private ObjectKeys() {
    }

    public static String of(String kind, UUID ownerId, UUID attachmentId) {
        return requireSafe(kind + "/" + ownerId + "/" + attachmentId);
    }

    static String requireSafe(String key) {
        if (!SAFE.matcher(key).matches()) {
            throw new IllegalArgumentException("not an object key: " + key);
        }
        return key;
    }
}
