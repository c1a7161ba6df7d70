package jp.kyoso.portal.credentials;

import java.util.Locale;
import jp.kyoso.portal.account.UserAccount;

/** Sends the one-time reset link to the account's address, in the caller's transaction where it can. */
public interface PasswordResetMail {

    void send(UserAccount account, String link, Locale locale);
}
