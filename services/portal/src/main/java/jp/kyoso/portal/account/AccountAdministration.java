package jp.kyoso.portal.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.events.portal.AccountCreated;
import jp.kyoso.events.portal.AccountCredentialsReset;
import jp.kyoso.events.portal.AccountDeactivated;
import jp.kyoso.events.portal.AccountReactivated;
import jp.kyoso.events.portal.AccountRolesChanged;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.portal.credentials.InitialPasswords;
import jp.kyoso.portal.credentials.PasswordHasher;
import jp.kyoso.portal.sessions.RevokedSessions;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.FieldErrorKey;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Administrators create the programme's accounts (staff bound to a city department, secretariat, committee
 * members, admins) with a generated password to be changed at the first sign-in, change their roles, and
 * deactivate or reactivate them. Each change says why, ends the sessions handed out before (roles and activity are
 * in the token), and is published as an account event in the same transaction: the portal's audit trail records
 * it with who and why, and the fund learns its committee from it.
 */
@Singleton
public class AccountAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(AccountAdministration.class);
    static final int MAX_DISPLAY_NAME = 100;
    static final int MAX_REASON = 500;

    private final UserAccounts accounts;
    private final UserStore store;
    private final PasswordHasher hasher;
    private final Outbox outbox;
    private final RevokedSessions sessions;
    private final Clock clock;

    public AccountAdministration(UserAccounts accounts, UserStore store, PasswordHasher hasher, Outbox outbox,
                                 RevokedSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.hasher = hasher;
        this.outbox = outbox;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** @param department the department named by {@code change.organisationId()}, already checked, or empty */
    @Transactional
    public CreatedAccount create(AccountChange change, Optional<Organisation> department, String by) {
        List<FieldErrorKey> errors = new ArrayList<>();
        String displayName = change.displayName() == null ? "" : change.displayName().strip();
        if (displayName.isEmpty()) {
            errors.add(new FieldErrorKey("displayName", "admin.account.displayName.required"));
        } else if (displayName.codePointCount(0, displayName.length()) > MAX_DISPLAY_NAME) {
            errors.add(new FieldErrorKey("displayName", "admin.account.displayName.tooLong", MAX_DISPLAY_NAME));
        }
        String email = change.email() == null ? "" : change.email().strip();
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            // Required: it is where a forgotten password's reset link goes.
            errors.add(new FieldErrorKey("email", "admin.account.email.invalid"));
        }
        errors.addAll(roleErrors(change.roles(), change.organisationId(), department, false));
        errors.addAll(reasonErrors(change.reason()));
        CreatedAccount created = accounts.createWithInitialPassword(change.username(),
                displayName.isEmpty() ? "-" : displayName, department.orElse(null),
                change.roles() == null ? Set.of() : change.roles(), email, errors);
        UserAccount account = created.account();
        outbox.append(new AccountCreated(account.id().toString(), account.username(), sorted(account.roles()),
                organisationId(account), true, change.reason().strip(), by, clock.instant()));
        LOG.info("Account {} with roles {} created by {}", account.username(), account.roles(), by);
        return created;
    }

    /** Replaces the account's programme roles (MEMBER and YOUTH stay) and, for staff, its department. */
    @Transactional
    public UserAccount changeRoles(UUID id, Set<String> managedRoles, UUID organisationId,
                                   Optional<Organisation> department, String reason, String by) {
        UserAccount account = account(id);
        if (account.signsInThroughProvider()) {
            // Its claims would overwrite the change at the person's next sign-in.
            throw new ConflictException("admin.account.provider");
        }
        List<FieldErrorKey> errors = new ArrayList<>(roleErrors(managedRoles, organisationId, department,
                account.roles().contains(Roles.MEMBER)));
        errors.addAll(reasonErrors(reason));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Set<String> roles = ProgrammeRoles.replace(account.roles(), managedRoles);
        if (!roles.contains(Roles.ADMIN)) {
            refuseLosingTheLastAdmin(account);
        }
        // A member keeps its organisation; staff takes the department; anyone else acts for the programme.
        Organisation organisation = account.roles().contains(Roles.MEMBER) ? account.organisation()
                : department.orElse(null);
        UserAccount changed = store.update(account.withRoles(roles, organisation));
        sessions.changed(changed);
        outbox.append(new AccountRolesChanged(changed.id().toString(), changed.username(), sorted(changed.roles()),
                organisationId(changed), !changed.disabled(), reason.strip(), by, clock.instant()));
        LOG.info("Account {} now has roles {} (by {})", changed.username(), changed.roles(), by);
        return changed;
    }

    @Transactional
    public UserAccount deactivate(UUID id, String reason, String byUserId, String by) {
        UserAccount account = account(id);
        throwIfAny(reasonErrors(reason));
        if (account.id().toString().equals(byUserId)) {
            throw new ConflictException("admin.account.self");
        }
        if (account.disabled()) {
            throw new ConflictException("admin.account.alreadyInactive");
        }
        refuseLosingTheLastAdmin(account);
        UserAccount changed = store.update(account.withDisabled(true));
        sessions.changed(changed);
        outbox.append(new AccountDeactivated(changed.id().toString(), changed.username(), sorted(changed.roles()),
                organisationId(changed), false, reason.strip(), by, clock.instant()));
        LOG.info("Account {} deactivated by {}", changed.username(), by);
        return changed;
    }

    @Transactional
    public UserAccount reactivate(UUID id, String reason, String by) {
        UserAccount account = account(id);
        throwIfAny(reasonErrors(reason));
        if (!account.disabled()) {
            throw new ConflictException("admin.account.alreadyActive");
        }
        UserAccount changed = store.update(account.withDisabled(false));
        sessions.changed(changed);
        outbox.append(new AccountReactivated(changed.id().toString(), changed.username(), sorted(changed.roles()),
                organisationId(changed), true, reason.strip(), by, clock.instant()));
        LOG.info("Account {} reactivated by {}", changed.username(), by);
        return changed;
    }

    /** A new one-time password for a person who cannot use the mailed reset (no address, or locked out). */
    @Transactional
    public CreatedAccount issueInitialPassword(UUID id, String reason, String by) {
        UserAccount account = account(id);
        if (account.signsInThroughProvider()) {
            throw new ConflictException("admin.account.provider");
        }
        throwIfAny(reasonErrors(reason));
        String password = InitialPasswords.generate(account.username());
        UserAccount changed = store.update(account.withPasswordHash(hasher.hash(password))
                .withSecurity(account.security().initialPasswordIssued()));
        credentialsReset(changed, AccountCredentialsReset.PASSWORD, reason, by);
        return new CreatedAccount(changed, password);
    }

    /** Removes the person's authenticator app (a lost phone): they enrol again at the next sign-in. */
    @Transactional
    public UserAccount removeSecondFactor(UUID id, String reason, String by) {
        UserAccount account = account(id);
        throwIfAny(reasonErrors(reason));
        if (account.security().totpSecret() == null) {
            throw new ConflictException("admin.account.noSecondFactor");
        }
        UserAccount changed = store.update(account.withSecurity(account.security().secondFactorRemoved()));
        credentialsReset(changed, AccountCredentialsReset.SECOND_FACTOR, reason, by);
        return changed;
    }

    private void credentialsReset(UserAccount changed, String credential, String reason, String by) {
        sessions.changed(changed);
        outbox.append(new AccountCredentialsReset(changed.id().toString(), changed.username(),
                sorted(changed.roles()), organisationId(changed), !changed.disabled(), credential, reason.strip(), by,
                clock.instant()));
        LOG.info("Account {}: {} reset by {}", changed.username(), credential, by);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list(String query, int offset, int limit) {
        return store.list(query, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(String query) {
        return store.count(query);
    }

    public UserAccount account(UUID id) {
        return store.findById(id).orElseThrow(() -> new NotFoundException("resource.account", id));
    }

    private void refuseLosingTheLastAdmin(UserAccount account) {
        if (account.roles().contains(Roles.ADMIN) && !account.disabled() && store.countActiveAdmins() <= 1) {
            // Nobody could manage accounts any more; only a database operation would bring an admin back.
            throw new ConflictException("admin.account.lastAdmin");
        }
    }

    private static List<FieldErrorKey> roleErrors(Set<String> roles, UUID organisationId,
                                                  Optional<Organisation> department, boolean member) {
        List<FieldErrorKey> errors = new ArrayList<>();
        if (roles == null || roles.isEmpty() && !member) {
            errors.add(new FieldErrorKey("roles", "admin.account.roles.required"));
            return errors;
        }
        if (!ProgrammeRoles.MANAGED.containsAll(roles)) {
            errors.add(new FieldErrorKey("roles", "admin.account.roles.invalid"));
            return errors;
        }
        if (roles.contains(Roles.STAFF)) {
            if (member) {
                errors.add(new FieldErrorKey("roles", "admin.account.staffIsMember"));
            } else if (organisationId == null) {
                errors.add(new FieldErrorKey("organisationId", "admin.account.department.required"));
            } else if (department.isEmpty()) {
                errors.add(new FieldErrorKey("organisationId", "admin.account.department.notApproved"));
            }
        } else if (organisationId != null) {
            errors.add(new FieldErrorKey("organisationId", "admin.account.department.onlyForStaff"));
        }
        return errors;
    }

    private static List<FieldErrorKey> reasonErrors(String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of(new FieldErrorKey("reason", "admin.account.reason.required"));
        }
        if (reason.strip().codePointCount(0, reason.strip().length()) > MAX_REASON) {
            return List.of(new FieldErrorKey("reason", "admin.account.reason.tooLong", MAX_REASON));
        }
        return List.of();
    }

    private static void throwIfAny(List<FieldErrorKey> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static List<String> sorted(Set<String> roles) {
        return roles.stream().sorted().toList();
    }

    private static String organisationId(UserAccount account) {
        return account.organisation() == null ? null : account.organisation().id().toString();
    }
}
