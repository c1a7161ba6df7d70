package jp.kyoso.portal.sessions;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyoso.portal.account.UserAccount;
import jp.kyoso.web.security.Roles;

/**
 * Which roles must sign in with a TOTP code ({@code kyoso.security.totp.required-roles}, env
 * {@code KYOSO_SECURITY_TOTP_REQUIRED_ROLES=ADMIN,SECRETARIAT,COMMITTEE}); none by default. Only the privileged
 * roles may be listed: members and students are not asked to own an authenticator app.
 */
@Singleton
public class SecondFactorPolicy {

    static final Set<String> ELIGIBLE = Set.of(Roles.ADMIN, Roles.SECRETARIAT, Roles.COMMITTEE);

    private final Set<String> required;

    public SecondFactorPolicy(@Value("${kyoso.security.totp.required-roles:}") List<String> required) {
        this.required = required.stream().map(String::strip).filter(role -> !role.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        if (!ELIGIBLE.containsAll(this.required)) {
            throw new IllegalArgumentException("kyoso.security.totp.required-roles may name only " + ELIGIBLE
                    + ", not " + this.required);
        }
    }

    /** Never for a person of the identity provider: its own sign-in policy decides their second factor. */
    public boolean requiredFor(UserAccount account) {
        return !account.signsInThroughProvider() && account.needsSecondFactor(required);
    }
}
