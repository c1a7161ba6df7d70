package jp.kyoso.portal.credentials;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.mail.PortalLinks;
import jp.kyoso.portal.account.UserAccount;
import jp.kyoso.portal.account.UserStore;
import jp.kyoso.portal.sessions.RevokedSessions;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person's own credentials. Choosing a password (by change or by reset) ends every other session of the account
 * (next token version) and settles a forced change; a wrong current password counts as a failed sign-in, so this
 * endpoint is no way around the throttle.
 */
@Singleton
public class Credentials {

    private static final Logger LOG = LoggerFactory.getLogger(Credentials.class);
    private static final int RESET_TOKEN_BYTES = 32;

    private final UserStore store;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final TotpCodes totp;
    private final PasswordResetStore resets;
    private final PasswordResetMail mail;
    private final RevokedSessions sessions;
    private final Clock clock;
    private final Duration resetLifetime;
    private final PortalLinks links;
    private final SecureRandom random = new SecureRandom();

    public Credentials(UserStore store, PasswordHasher hasher, LoginThrottle throttle, TotpCodes totp,
                       PasswordResetStore resets, PasswordResetMail mail, RevokedSessions sessions, Clock clock,
                       @Value("${kyoso.security.password-reset.lifetime:30m}") Duration resetLifetime,
                       PortalLinks links) {
        this.store = store;
        this.hasher = hasher;
        this.throttle = throttle;
        this.totp = totp;
        this.resets = resets;
        this.mail = mail;
        this.sessions = sessions;
        this.clock = clock;
        this.resetLifetime = resetLifetime;
        this.links = links;
    }

    /** @return the account with its new password, for a fresh token */
    @Transactional
    public UserAccount changePassword(UUID userId, String currentPassword, String newPassword) {
        UserAccount account = ownCredentials(account(userId));
        if (!hasher.verify(currentPassword == null ? "" : currentPassword, account.passwordHash())) {
            throttle.failed(account.username(), clock.instant());
            throw InvalidInputException.of("currentPassword", "account.password.wrong");
        }
        List<FieldErrorKey> errors = newPasswordErrors(account, newPassword);
        if (currentPassword.equals(newPassword)) {
            errors.add(new FieldErrorKey("newPassword", "account.password.unchanged"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UserAccount changed = choose(account, newPassword);
        LOG.info("Account {} changed its password", account.username());
        return changed;
    }

    /**
     * Sends a reset link to every active account with this address. The caller's answer is the same whether or
     * not any exists, so the form tells nobody which addresses have accounts.
     */
    @Transactional
    public void requestReset(String email, Locale locale) {
        if (email == null || email.isBlank()) {
            throw InvalidInputException.of("email", "account.email.required");
        }
        Instant now = clock.instant();
        for (UserAccount account : store.findByEmail(email)) {
            if (account.disabled() || account.signsInThroughProvider()) {
                // Same answer as for an unknown address; a provider's person resets their password there.
                continue;
            }
            byte[] bytes = new byte[RESET_TOKEN_BYTES];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            resets.add(hash(token), account.id(), now, now.plus(resetLifetime));
            mail.send(account, links.screen("/password-reset", Map.of("token", token)), locale);
            LOG.info("Password reset link sent for account {}", account.username());
        }
    }

    /** Sets the password through a link from {@link #requestReset}; the link then works no more. */
    @Transactional
    public void completeReset(String token, String newPassword) {
        Optional<UUID> userId = token == null || token.isBlank() ? Optional.empty()
                : resets.take(hash(token.strip()), clock.instant());
        UserAccount account = userId.flatMap(store::findById).filter(found -> !found.disabled())
                .orElseThrow(() -> InvalidInputException.of("token", "account.reset.invalid"));
        List<FieldErrorKey> errors = newPasswordErrors(account, newPassword);
        if (!errors.isEmpty()) {
            // Thrown inside the transaction: the link is not spent by a password the rules refused.
            throw new InvalidInputException(errors);
        }
        choose(account, newPassword);
        throttle.succeeded(account.username());
        LOG.info("Account {} reset its password by mail", account.username());
    }

    /** A key for the person's authenticator app, not in force until {@link #confirmTotp} sees a code of it. */
    @Transactional
    public TotpEnrolment startTotp(UUID userId) {
        UserAccount account = ownCredentials(account(userId));
        if (account.security().totpEnabled()) {
            throw new ConflictException("account.totp.alreadyEnabled");
        }
        String secret = totp.newSecret();
        store.update(account.withSecurity(account.security().totpPending(secret)));
        return new TotpEnrolment(secret, totp.otpauthUri(secret, account.username()));
    }

    /** @return the account with its second factor in force, for a fresh token */
    @Transactional
    public UserAccount confirmTotp(UUID userId, String code) {
        UserAccount account = account(userId);
        if (account.security().totpEnabled()) {
            throw new ConflictException("account.totp.alreadyEnabled");
        }
        if (account.security().totpSecret() == null) {
            throw new ConflictException("account.totp.notStarted");
        }
        if (!totp.matches(account.security().totpSecret(), code, clock.instant())) {
            throw InvalidInputException.of("code", "account.totp.wrongCode");
        }
        UserAccount confirmed = store.update(account.withSecurity(account.security().totpConfirmed()));
        LOG.info("Account {} enrolled a second factor", account.username());
        return confirmed;
    }

    private UserAccount choose(UserAccount account, String newPassword) {
        UserAccount changed = account.withPasswordHash(hasher.hash(newPassword))
                .withSecurity(account.security().passwordChosen());
        store.update(changed);
        sessions.changed(changed);
        return changed;
    }

    private static List<FieldErrorKey> newPasswordErrors(UserAccount account, String newPassword) {
        List<FieldErrorKey> errors = new ArrayList<>();
        PasswordRules.violations(account.username(), newPassword)
                .forEach(code -> errors.add(new FieldErrorKey("newPassword", code, PasswordRules.MIN_LENGTH)));
        return errors;
    }

    /** Refuses an account whose password and second factor the city's identity provider governs. */
    private static UserAccount ownCredentials(UserAccount account) {
        if (account.signsInThroughProvider()) {
            throw new ConflictException("account.credentials.provider");
        }
        return account;
    }

    private UserAccount account(UUID userId) {
        return store.findById(userId).orElseThrow(() -> new NotFoundException("resource.account", userId));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
