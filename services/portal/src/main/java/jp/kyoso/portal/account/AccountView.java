package jp.kyoso.portal.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** An account as its owner sees it; never the password hash. */
@Serdeable
public record AccountView(UUID id, String username, String displayName, @Nullable String email,
                          @Nullable UUID organisationId, @Nullable String organisationName, List<String> roles) {

    static AccountView of(UserAccount account) {
        return new AccountView(account.id(), account.username(), account.displayName(), account.email(),
                account.organisation() == null ? null : account.organisation().id(),
                account.organisation() == null ? null : account.organisation().name(),
                account.roles().stream().sorted().toList());
    }
}
