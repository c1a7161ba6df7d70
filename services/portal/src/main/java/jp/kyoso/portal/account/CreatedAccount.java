package jp.kyoso.portal.account;


/**
 * An account just created for someone else (a student by the secretariat, staff or committee by an administrator)
 * with its one-time initial password in clear: the only moment it exists outside the hash. The person must choose
 * their own password at the first sign-in.
 */
public record CreatedAccount(UserAccount account, String initialPassword) {

    @Override
    public String toString() {
        // Keeps the password out of logs and exception messages.
        return "CreatedAccount[username=" + account.username() + "]";
    }
}
