package jp.kyoso.portal.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One thing the portal saw pass through it: a sign-in attempt or a relayed API call. Never a body or a token; the
 * user fields come from a verified token (or, for a sign-in, the username that was tried).
 *
 * @param userId null for anonymous calls and failed sign-ins
 * @param outcome why a sign-in failed; null otherwise
 * @param requestId the correlation id that follows the request into the service's logs and events
 */
public record AccessRecord(
        Instant at,
        AccessKind kind,
        String userId,
        String username,
        Set<String> roles,
        String method,
        String path,
        int status,
        String outcome,
        String clientAddress,
        String requestId) {

    /** Generous for any real path or name, small enough that a hostile caller cannot bloat the table. */
    public static final int MAX_TEXT = 500;

    public AccessRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        username = cut(username);
        method = Objects.requireNonNull(cut(method), "method");
        path = Objects.requireNonNull(cut(path), "path");
        clientAddress = cut(clientAddress);
        requestId = cut(requestId);
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
