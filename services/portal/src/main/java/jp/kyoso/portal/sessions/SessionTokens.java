package jp.kyoso.portal.sessions;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyoso.portal.account.UserAccount;
import jp.kyoso.web.security.KyosoClaims;

/**
 * What a token says about an account (all every other service knows about the user), and a new token when the
 * account changed under a signed-in person (joined an organisation, chose a password, confirmed a second factor).
 */
@Singleton
public class SessionTokens {

    private final AccessRefreshTokenGenerator generator;
    private final SecondFactorPolicy secondFactor;

    public SessionTokens(AccessRefreshTokenGenerator generator, SecondFactorPolicy secondFactor) {
        this.generator = generator;
        this.secondFactor = secondFactor;
    }

    public Map<String, Object> claimsOf(UserAccount user) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(KyosoClaims.USER_ID, user.id().toString());
        claims.put(KyosoClaims.DISPLAY_NAME, user.displayName());
        if (user.organisation() != null) {
            claims.put(KyosoClaims.ORGANISATION_ID, user.organisation().id().toString());
        }
        claims.put(SessionClaims.TOKEN_VERSION, user.security().tokenVersion());
        List<String> pending = pendingOf(user).stream().map(Enum::name).toList();
        if (!pending.isEmpty()) {
            claims.put(SessionClaims.PENDING, pending);
        }
        return claims;
    }

    public List<PendingAction> pendingOf(UserAccount user) {
        List<PendingAction> pending = new ArrayList<>();
        if (user.security().mustChangePassword()) {
            pending.add(PendingAction.PASSWORD_CHANGE);
        }
        if (secondFactor.requiredFor(user) && !user.security().totpEnabled()) {
            pending.add(PendingAction.TOTP_ENROLMENT);
        }
        return pending;
    }

    public AccessRefreshToken issue(UserAccount user) {
        return generator.generate(Authentication.build(user.username(), user.roles(), claimsOf(user))).orElseThrow();
    }
}
