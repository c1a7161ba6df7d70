package jp.kyoso.portal.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An account as administrators see it; never its password hash or TOTP key.
 *
 * @param initialPassword only in the answer that created the account: the one-time password to hand over
 */
@Serdeable
public record AdminAccountView(UUID id, String username, String displayName, @Nullable String email,
                               List<String> roles, @Nullable UUID organisationId, @Nullable String organisationName,
                               boolean active, boolean mustChangePassword, boolean totpEnabled,
                               @Nullable Instant createdAt, @Nullable String initialPassword) {

    static AdminAccountView of(UserAccount account) {
        return of(account, null);
    }

    static AdminAccountView of(UserAccount account, String initialPassword) {
        return new AdminAccountView(account.id(), account.username(), account.displayName(), account.email(),
                account.roles().stream().sorted().toList(),
                account.organisation() == null ? null : account.organisation().id(),
                account.organisation() == null ? null : account.organisation().name(), !account.disabled(),
                account.security().mustChangePassword(), account.security().totpEnabled(), account.createdAt(),
                initialPassword);
    }

    @Override
    public String toString() {
        return "AdminAccountView[" + username + "]";
    }
}
