package jp.kyoso.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller, read from the token: a stable user id, the username, the organisation that scopes
 * their data (absent only for platform roles such as ADMIN) and their roles.
 */
public record CurrentUser(String userId, String username, @Nullable String organisationId, Set<String> roles) {

    public CurrentUser {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The user from Micronaut's authentication; the user id falls back to the username when the token has no uid. */
    public static CurrentUser from(Authentication authentication) {
        Object userId = authentication.getAttributes().get(KyosoClaims.USER_ID);
        Object organisationId = authentication.getAttributes().get(KyosoClaims.ORGANISATION_ID);
        Collection<String> roles = authentication.getRoles();
        return new CurrentUser(
                userId == null ? authentication.getName() : userId.toString(),
                authentication.getName(),
                organisationId == null ? null : organisationId.toString(),
                roles == null ? Set.of() : Set.copyOf(roles));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isAnyOf(String... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    /** Whether the user acts for {@code organisationId}; false when either side has none. */
    public boolean belongsTo(@Nullable String organisationId) {
        return this.organisationId != null && this.organisationId.equals(organisationId);
    }
}
