package jp.kyoso.portal.sso;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.portal.account.Organisation;
import jp.kyoso.web.security.Roles;

/**
 * Turns the identity provider's claims into kyoso roles and the organisation a person acts for. Which claim and
 * which of its values mean what is the city's configuration ({@link SsoSettings}); a mistake in it stops the start
 * rather than letting people in with the wrong role.
 */
public final class ClaimMapping {

    /** Roles single sign-on can grant; YOUTH accounts are the secretariat's, for minors who have no city account. */
    static final Set<String> GRANTABLE = Set.of(Roles.MEMBER, Roles.STAFF, Roles.SECRETARIAT, Roles.COMMITTEE,
            Roles.ADMIN);
    /** Roles that act for one organisation, so a token without one would not be scoped. */
    private static final Set<String> NEED_ORGANISATION = Set.of(Roles.MEMBER, Roles.STAFF);

    private final String rolesClaim;
    private final Map<String, String> roles;
    private final String departmentClaim;
    private final Map<String, UUID> departments;

    ClaimMapping(String rolesClaim, String roles, String departmentClaim, String departments) {
        this.rolesClaim = rolesClaim;
        this.roles = entries(roles, "KYOSO_SSO_ROLES", value -> {
            String role = value.toUpperCase(Locale.ROOT);
            if (!GRANTABLE.contains(role)) {
                throw new IllegalArgumentException("KYOSO_SSO_ROLES: " + value + " is not one of " + GRANTABLE);
            }
            return role;
        });
        this.departmentClaim = departmentClaim;
        this.departments = entries(departments, "KYOSO_SSO_DEPARTMENTS", value -> {
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("KYOSO_SSO_DEPARTMENTS: " + value + " is not an organisation id");
            }
        });
    }

    /** What the claims of one ID token come to. */
    public sealed interface Outcome {
    }

    /** @param organisation null for programme-wide roles */
    public record Granted(Set<String> roles, Organisation organisation) implements Outcome {
    }

    public record Refused(SsoRefusal reason) implements Outcome {
    }

    public Outcome map(Map<String, Object> claims) {
        Set<String> granted = new LinkedHashSet<>();
        for (String value : values(claims, rolesClaim)) {
            role(value).ifPresent(granted::add);
        }
        if (granted.isEmpty()) {
            return new Refused(SsoRefusal.SSO_NO_ROLE);
        }
        Organisation organisation = values(claims, departmentClaim).stream()
                .map(this::organisation).flatMap(Optional::stream).findFirst().orElse(null);
        if (organisation == null && granted.stream().anyMatch(NEED_ORGANISATION::contains)) {
            return new Refused(SsoRefusal.SSO_NO_DEPARTMENT);
        }
        return new Granted(Set.copyOf(granted), organisation);
    }

    private Optional<String> role(String value) {
        if (!roles.isEmpty()) {
            return Optional.ofNullable(roles.get(value));
        }
        String role = value.toUpperCase(Locale.ROOT);
        return GRANTABLE.contains(role) ? Optional.of(role) : Optional.empty();
    }

    /** The organisation's name is the department as the identity provider names it: kyoso keeps only a copy. */
    private Optional<Organisation> organisation(String value) {
        UUID id = departments.get(value);
        if (id == null && departments.isEmpty()) {
            try {
                id = UUID.fromString(value);
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        }
        return id == null ? Optional.empty() : Optional.of(new Organisation(id, value));
    }

    /** The claim's values: a string, a list of them, or either under a dotted path (Keycloak's realm_access.roles). */
    static List<String> values(Map<String, Object> claims, String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Object value = claims.get(name);
        if (value == null && name.contains(".")) {
            Object node = claims;
            for (String step : name.split("\\.")) {
                node = node instanceof Map<?, ?> map ? map.get(step) : null;
            }
            value = node;
        }
        if (value instanceof Collection<?> many) {
            return many.stream().filter(item -> item != null).map(Object::toString).map(String::strip).toList();
        }
        return value == null || value.toString().isBlank() ? List.of() : List.of(value.toString().strip());
    }

    private interface Parser<T> {
        T parse(String value);
    }

    private static <T> Map<String, T> entries(String text, String name, Parser<T> parser) {
        Map<String, T> entries = new LinkedHashMap<>();
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.lastIndexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException(name + ": expected value=target, got " + entry.strip());
            }
            entries.put(entry.substring(0, equals).strip(), parser.parse(entry.substring(equals + 1).strip()));
        }
        return Map.copyOf(entries);
    }
}
