package jp.kyoso.web.security;

/** Names of the claims kyoso puts in its JWTs besides the standard ones ({@code sub} is the username). */
public final class KyosoClaims {

    /** The user's stable id (the username can change). */
    public static final String USER_ID = "uid";
    /** The user's organisation; every query is scoped by it. */
    public static final String ORGANISATION_ID = "org";
    /** The name to greet the user with. */
    public static final String DISPLAY_NAME = "name";
    /** Micronaut's default roles claim, named here so token issuers and readers agree. */
    public static final String ROLES = "roles";

    private KyosoClaims() {
    }
}
