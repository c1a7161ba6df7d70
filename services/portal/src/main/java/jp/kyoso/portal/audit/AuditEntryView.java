package jp.kyoso.portal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * One audit line as the administrator reads it.
 *
 * @param source ACCESS (a sign-in or an API call seen by the portal) or EVENT (a fact a service recorded)
 * @param action LOGIN_SUCCEEDED, LOGIN_FAILED, API, or the event type
 * @param userId the caller of an access, the actor of an event
 * @param record the API path of an access, the aggregate id of an event
 * @param outcome why a sign-in failed, or why an event happened when it states a reason (an account deactivated)
 * @param requestId the correlation id: joins an API call to the events it caused
 */
@Serdeable
public record AuditEntryView(
        Instant at,
        String source,
        String action,
        @Nullable String userId,
        @Nullable String username,
        List<String> roles,
        String record,
        @Nullable String method,
        @Nullable Integer status,
        @Nullable String outcome,
        @Nullable String clientAddress,
        @Nullable String requestId,
        @Nullable String eventId) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.at(), entry.source().name(), entry.action(), entry.userId(), entry.username(),
                entry.roles().stream().sorted().toList(), entry.record(), entry.method(), entry.status(),
                entry.outcome(), entry.clientAddress(), entry.requestId(), entry.eventId());
    }
}
