package jp.kyoso.portal.account;

/**
 * What secures an account beyond its password.
 *
 * @param mustChangePassword the password was generated (or set by the bootstrap): it serves only to set a new one
 * @param tokenVersion       carried in every token; raising it ends every session handed out before
 * @param totpSecret         the Base32 key shared with the person's authenticator app, or null
 * @param totpEnabled        the person confirmed a code, so sign-in asks for one
 */
public record AccountSecurity(boolean mustChangePassword, int tokenVersion, String totpSecret, boolean totpEnabled) {

    public static final AccountSecurity NONE = new AccountSecurity(false, 0, null, false);

    public static AccountSecurity initialPassword() {
        return new AccountSecurity(true, 0, null, false);
    }

    public AccountSecurity nextTokenVersion() {
        return new AccountSecurity(mustChangePassword, tokenVersion + 1, totpSecret, totpEnabled);
    }

    /** A password the person chose: nothing forced any more, and older sessions end. */
    public AccountSecurity passwordChosen() {
        return new AccountSecurity(false, tokenVersion + 1, totpSecret, totpEnabled);
    }

    /** An administrator issued a new one-time password: to be changed at the next sign-in; sessions end. */
    public AccountSecurity initialPasswordIssued() {
        return new AccountSecurity(true, tokenVersion + 1, totpSecret, totpEnabled);
    }

    /** An administrator removed the authenticator app (a lost phone): sessions end, enrolment starts over. */
    public AccountSecurity secondFactorRemoved() {
        return new AccountSecurity(mustChangePassword, tokenVersion + 1, null, false);
    }

    public AccountSecurity totpPending(String secret) {
        return new AccountSecurity(mustChangePassword, tokenVersion, secret, false);
    }

    public AccountSecurity totpConfirmed() {
        return new AccountSecurity(mustChangePassword, tokenVersion, totpSecret, true);
    }

    @Override
    public String toString() {
        // Keeps the TOTP key out of logs and exception messages.
        return "AccountSecurity[mustChangePassword=" + mustChangePassword + ", tokenVersion=" + tokenVersion
                + ", totpEnabled=" + totpEnabled + "]";
    }
}
