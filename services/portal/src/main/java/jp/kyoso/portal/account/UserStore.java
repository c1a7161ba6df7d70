package jp.kyoso.portal.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where accounts live; the persistence package implements it on PostgreSQL. */
public interface UserStore {

    /** @param username already {@linkplain Usernames#normalise(String) normalised} */
    Optional<UserAccount> findByUsername(String username);

    /** @return false when the username (or id) is already taken; the existing account is left untouched */
    boolean addIfAbsent(UserAccount account);

    /** Every account that gave this address (compared ignoring case); an address is not unique to one account. */
    List<UserAccount> findByEmail(String email);

    /** @param query part of a username, display name or e-mail, or null for all; ordered by username */
    List<UserAccount> list(String query, int offset, int limit);

    long count(String query);

    /** Accounts with the ADMIN role that are not deactivated. */
    long countActiveAdmins();

    void changePasswordHash(UUID id, String passwordHash);

    /**
     * The person was erased in co-creation: the display name becomes the pseudonym and the e-mail goes.
     *
     * @return false when there is no such user
     */
    boolean replaceDisplayName(UUID id, String displayName);

    Optional<UserAccount> findById(UUID id);

    /** Writes the account's organisation, roles and display data; the password hash is changed only above. */
    UserAccount update(UserAccount account);
}
