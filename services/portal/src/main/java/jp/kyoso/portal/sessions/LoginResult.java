package jp.kyoso.portal.sessions;

import jp.kyoso.portal.account.UserAccount;

/** What signing in came to; a rejection never says whether the username exists. */
public sealed interface LoginResult {

    record Authenticated(UserAccount account) implements LoginResult {
    }

    record Rejected(Reason reason) implements LoginResult {
    }

    enum Reason {
        /** Unknown username or wrong password: deliberately the same answer. */
        BAD_CREDENTIALS,
        /** Only reported after the password was right, so it reveals nothing to a guesser. */
        DISABLED,
        /** The password was right but the authenticator code missing or wrong; counts as a failure. */
        SECOND_FACTOR,
        /** Too many recent failures for this username; the password was not even checked. */
        THROTTLED
    }
}
