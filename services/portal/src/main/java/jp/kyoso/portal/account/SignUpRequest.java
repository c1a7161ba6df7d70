package jp.kyoso.portal.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person's own sign-up form; the password rules beyond presence are the application's (PasswordRules). */
@Serdeable
public record SignUpRequest(
        @NotBlank @Size(max = 40) String username,
        @NotBlank @Size(max = 512) String password,
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Email @Size(max = 254) String email) {

    SignUp toSignUp() {
        return new SignUp(username, password, displayName, email);
    }

    @Override
    public String toString() {
        return "SignUpRequest[username=" + username + ", email=" + email + "]";
    }
}
