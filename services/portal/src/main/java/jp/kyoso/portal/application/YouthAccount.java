package jp.kyoso.portal.application;

import jp.kyoso.portal.domain.UserAccount;

/**
 * A student's account just created by the secretariat, with its one-time initial password in clear: the only
 * moment it exists outside the hash.
 */
public record YouthAccount(UserAccount account, String initialPassword) {

    @Override
    public String toString() {
        // Keeps the password out of logs and exception messages.
        return "YouthAccount[username=" + account.username() + "]";
    }
}
