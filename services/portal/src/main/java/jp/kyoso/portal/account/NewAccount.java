package jp.kyoso.portal.account;

import java.util.Set;
import java.util.UUID;

/**
 * An account to create, with its password in clear; it is hashed before anything is stored.
 *
 * @param organisation {@code null} for users who act for the whole programme
 */
public record NewAccount(UUID id, String username, String password, String displayName, Organisation organisation,
                         Set<String> roles) {

    @Override
    public String toString() {
        // Keeps the password out of logs and exception messages.
        return "NewAccount[id=" + id + ", username=" + username + ", roles=" + roles + "]";
    }
}
