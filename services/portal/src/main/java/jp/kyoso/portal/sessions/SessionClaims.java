package jp.kyoso.portal.sessions;

/** Claims the portal adds to its tokens for ending sessions early; services ignore them. */
public final class SessionClaims {

    /** The account's token version when the token was issued; an older one than the account's is refused. */
    public static final String TOKEN_VERSION = "tv";
    /** The {@link PendingAction}s, absent when there are none. */
    public static final String PENDING = "pending";

    private SessionClaims() {
    }
}
