package jp.kyoso.portal.account;

/** A person's own sign-up, password in clear until it is hashed. */
public record SignUp(String username, String password, String displayName, String email) {

    @Override
    public String toString() {
        // Keeps the password out of logs and exception messages.
        return "SignUp[username=" + username + ", email=" + email + "]";
    }
}
