package jp.kyoso.portal.sso;

/** Why a person the identity provider vouched for (or claims to) does not get into kyoso; kept in the audit trail. */
public enum SsoRefusal {
    /** The ID token was refused (signature, issuer, audience, nonce, expiry) or the provider answered an error. */
    SSO_REJECTED,
    /** None of the person's role claim values maps to a kyoso role. */
    SSO_NO_ROLE,
    /** STAFF or MEMBER, but the department claim names no organisation kyoso knows. */
    SSO_NO_DEPARTMENT,
    /** The linked account is deactivated in kyoso; the identity provider's word does not reopen it. */
    DISABLED
}
