package jp.kyoso.portal.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.web.security.Roles;

/**
 * A person who can sign in to the portal.
 *
 * @param organisation the organisation the user acts for, or {@code null} for people who act for the programme
 *                     as a whole (administrators, the secretariat, fund committee members)
 * @param roles        empty for a person who signed up and has not yet joined an organisation
 * @param createdAt    {@code null} until the store has written the account
 * @param email        the address a person gave when signing up or an administrator entered; {@code null} if none
 * @param security     what secures the account beyond its password hash
 */
public record UserAccount(UUID id, String username, String passwordHash, String displayName,
                          Organisation organisation, Set<String> roles, Instant createdAt, boolean disabled,
                          String email, AccountSecurity security) {

    /** An account as created, before any sign-in: nothing forced, no second factor, first token version. */
    public UserAccount(UUID id, String username, String passwordHash, String displayName, Organisation organisation,
                       Set<String> roles, Instant createdAt, boolean disabled, String email) {
        this(id, username, passwordHash, displayName, organisation, roles, createdAt, disabled, email,
                AccountSecurity.NONE);
    }

    public UserAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (username == null || username.isEmpty() || !username.equals(Usernames.normalise(username))) {
            throw new IllegalArgumentException("A username must be given in its normalised form: " + username);
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("A user needs a display name");
        }
        roles = Set.copyOf(roles);
        Objects.requireNonNull(security, "security");
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw new IllegalArgumentException("Unknown role " + role);
            }
        }
    }

    /**
     * The password "hash" of an account that signs in only through the city's identity provider: it never verifies,
     * and the provider, not kyoso, governs the person's password and second factor.
     */
    public static final String PROVIDER_SIGN_IN_ONLY = "!sso";

    /** Whether the person signs in through the identity provider only (no kyoso password to change or reset). */
    public boolean signsInThroughProvider() {
        return PROVIDER_SIGN_IN_ONLY.equals(passwordHash);
    }

    public UserAccount withPasswordHash(String newHash) {
        return new UserAccount(id, username, newHash, displayName, organisation, roles, createdAt, disabled, email,
                security);
    }

    public UserAccount withSecurity(AccountSecurity changed) {
        return new UserAccount(id, username, passwordHash, displayName, organisation, roles, createdAt, disabled, email,
                changed);
    }

    /** The account with other roles and organisation; the sessions handed out so far end (next token version). */
    public UserAccount withRoles(Set<String> newRoles, Organisation newOrganisation) {
        return new UserAccount(id, username, passwordHash, displayName, newOrganisation, newRoles, createdAt, disabled,
                email, security.nextTokenVersion());
    }

    /** Deactivated or reactivated; either way the sessions handed out so far end. */
    public UserAccount withDisabled(boolean nowDisabled) {
        return new UserAccount(id, username, passwordHash, displayName, organisation, roles, createdAt, nowDisabled,
                email, security.nextTokenVersion());
    }

    /** Whether a person with these roles must confirm a TOTP code at sign-in, given the roles that require it. */
    public boolean needsSecondFactor(Set<String> rolesRequiringIt) {
        return roles.stream().anyMatch(rolesRequiringIt::contains);
    }

    /** The account once its person joined {@code joined}: it acts for that organisation, as a MEMBER. */
    public UserAccount joining(Organisation joined) {
        Set<String> withMember = new java.util.HashSet<>(roles);
        withMember.add(Roles.MEMBER);
        return new UserAccount(id, username, passwordHash, displayName, joined, withMember, createdAt, disabled,
                email, security);
    }
}
