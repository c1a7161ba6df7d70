package jp.kyoso.portal.domain;

import java.util.Optional;
import java.util.UUID;

/** Where accounts live; the persistence package implements it on PostgreSQL. */
public interface UserStore {

    /** @param username already {@linkplain Usernames#normalise(String) normalised} */
    Optional<UserAccount> findByUsername(String username);

    /** @return false when the username (or id) is already taken; the existing account is left untouched */
    boolean addIfAbsent(UserAccount account);

    void changePasswordHash(UUID id, String passwordHash);

    Optional<UserAccount> findById(UUID id);

    /** Writes the account's organisation, roles and display data; the password hash is changed only above. */
    UserAccount update(UserAccount account);
}
