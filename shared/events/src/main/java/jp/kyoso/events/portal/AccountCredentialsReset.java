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
 * An administrator reset a person's credential: issued a new one-time password (PASSWORD) or removed the
 * authenticator app (SECOND_FACTOR), e.g. after a lost phone. The account's sessions ended; the person sets it up
 * again at the next sign-in. Never carries the password or key.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.portal.account.credentialsreset.v1", topic = Topics.PORTAL_ACCOUNT)
public record AccountCredentialsReset(
        String accountId,
        String username,
        List<String> roles,
        @Nullable String organisationId,
        boolean active,
        String credential,
        @Nullable String reason,
        String resetBy,
        Instant resetAt) implements AccountEvent {

    public static final String PASSWORD = "PASSWORD";
    public static final String SECOND_FACTOR = "SECOND_FACTOR";

    public AccountCredentialsReset {
        roles = List.copyOf(roles);
    }

    @Override
    public String aggregateId() {
        return accountId;
    }
}
