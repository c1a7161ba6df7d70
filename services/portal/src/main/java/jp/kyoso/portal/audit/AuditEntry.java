package jp.kyoso.portal.audit;

import java.time.Instant;
import java.util.Set;

/**
 * One line of the merged audit trail: an access record ({@code source} ACCESS, {@code action} its kind) or an event
 * ({@code source} EVENT, {@code action} its type, {@code record} its aggregate).
 *
 * @param record the record acted on: the aggregate id of an event, the path of an access
 */
public record AuditEntry(
        Instant at,
        Source source,
        String action,
        String userId,
        String username,
        Set<String> roles,
        String record,
        String method,
        Integer status,
        String outcome,
        String clientAddress,
        String requestId,
        String eventId) {

    public enum Source { ACCESS, EVENT }
}
