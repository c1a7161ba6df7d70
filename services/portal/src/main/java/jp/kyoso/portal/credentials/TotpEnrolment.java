package jp.kyoso.portal.credentials;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A second factor being set up: the key to type into an authenticator app, and the same as an {@code otpauth://}
 * URI (what a QR code holds; on a phone the link opens the app). Shown to the person only.
 */
@Serdeable
public record TotpEnrolment(String secret, String otpauthUri) {

    @Override
    public String toString() {
        return "TotpEnrolment[hidden]";
    }
}
