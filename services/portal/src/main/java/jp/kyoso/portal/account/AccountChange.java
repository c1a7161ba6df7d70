package jp.kyoso.portal.account;

import java.util.Set;
import java.util.UUID;

/**
 * What an administrator asks for when creating an account or changing its roles.
 *
 * @param organisationId the city department, for STAFF only
 * @param reason         why, for the audit trail
 */
public record AccountChange(String username, String displayName, String email, Set<String> roles,
                            UUID organisationId, String reason) {
}
