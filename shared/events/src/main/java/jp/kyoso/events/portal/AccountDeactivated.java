package jp.kyoso.events.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/**
 * An administrator deactivated an account: it can no longer sign in and its tokens stop working. Carries the account's roles and whether it is active after the change, so a consumer keeps its own
 * list of, e.g., committee members from these events alone.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.portal.account.deactivated.v1", topic = Topics.PORTAL_ACCOUNT)
public record AccountDeactivated(
        String accountId,
        String username,
        List<String> roles,
        @Nullable String organisationId,
        boolean active,
        @Nullable String reason,
        String deactivatedBy,
        Instant deactivatedAt) implements AccountEvent {

    public AccountDeactivated {
        roles = List.copyOf(roles);
    }

    @Override
    public String aggregateId() {
        return accountId;
    }
}
