package jp.kyoso.portal.sso;

import io.micronaut.security.authentication.AuthenticationFailed;

/** A sign-in through the identity provider that kyoso refused, with whom it was for, as the audit trail keeps it. */
final class SsoRefused extends AuthenticationFailed {

    private final SsoRefusal reason;
    private final String username;

    SsoRefused(SsoRefusal reason, String username) {
        super(reason.name());
        this.reason = reason;
        this.username = username;
    }

    SsoRefusal reason() {
        return reason;
    }

    String username() {
        return username;
    }
}
