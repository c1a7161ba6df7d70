package jp.kyoso.portal.account;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * A student's new account as the secretariat sees it once: with the one-time initial password to hand over.
 * Nothing returns it again; only its hash is stored.
 */
@Serdeable
public record YouthAccountView(UUID userId, String username, String displayName, List<String> roles,
                               String initialPassword) {

    static YouthAccountView of(CreatedAccount created) {
        return new YouthAccountView(created.account().id(), created.account().username(),
                created.account().displayName(), created.account().roles().stream().sorted().toList(),
                created.initialPassword());
    }

    @Override
    public String toString() {
        return "YouthAccountView[userId=" + userId + ", username=" + username + "]";
    }
}
