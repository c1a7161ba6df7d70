package jp.kyoso.cocreation.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import jp.kyoso.events.cocreation.MemberRole;

/**
 * A person on an organisation's roster: first an invitation to an email address, then, once the invited person
 * accepts with their own account, a membership bound to that user id. Keeps only a hash of the acceptance code.
 */
@MappedEntity("organisation_member")
public record Membership(
        @Id UUID id,
        UUID organisationId,
        String email,
        MemberRole role,
        MembershipStatus status,
        @Nullable String acceptCodeHash,
        String invitedBy,
        Instant invitedAt,
        Instant expiresAt,
        @Nullable String userId,
        @Nullable String username,
        @Nullable Instant joinedAt,
        @Nullable Instant removedAt,
        @Nullable String removedBy,
        @Nullable @Version Long version) {

    /** How long an invitation stays open. */
    public static final Duration VALIDITY = Duration.ofDays(14);

    public static Membership invited(UUID id, UUID organisationId, String email, MemberRole role, String codeHash,
                                     String by, Instant at) {
        return new Membership(id, organisationId, normaliseEmail(email), role, MembershipStatus.INVITED, codeHash, by,
                at, at.plus(VALIDITY), null, null, null, null, null, null);
    }

    /** Addresses are compared case-insensitively, as mail systems do in practice. */
    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isExpired(Instant now) {
        return status == MembershipStatus.INVITED && !now.isBefore(expiresAt);
    }

    public boolean isActiveAdmin() {
        return status == MembershipStatus.ACTIVE && role == MemberRole.ADMIN;
    }

    /** The invited person accepts with their own account; the code is spent. */
    public Membership accept(String byUserId, String byUsername, Instant at) {
        if (status != MembershipStatus.INVITED || isExpired(at)) {
            throw new MembershipTransitionException(isExpired(at) ? MembershipStatus.EXPIRED : status, "accept");
        }
        return new Membership(id, organisationId, email, role, MembershipStatus.ACTIVE, null, invitedBy, invitedAt,
                expiresAt, byUserId, byUsername, at, null, null, version);
    }

    /** An admin makes a member an admin, or an admin a member again. */
    public Membership withRole(MemberRole next) {
        if (status != MembershipStatus.ACTIVE) {
            throw new MembershipTransitionException(status, "change the role of");
        }
        return new Membership(id, organisationId, email, next, status, acceptCodeHash, invitedBy, invitedAt, expiresAt,
                userId, username, joinedAt, removedAt, removedBy, version);
    }

    public Membership expire() {
        return new Membership(id, organisationId, email, role, MembershipStatus.EXPIRED, null, invitedBy, invitedAt,
                expiresAt, userId, username, joinedAt, removedAt, removedBy, version);
    }

    /** An admin withdraws an open invitation or takes a person off the roster. */
    public Membership remove(String by, Instant at) {
        if (status != MembershipStatus.INVITED && status != MembershipStatus.ACTIVE) {
            throw new MembershipTransitionException(status, "remove");
        }
        return new Membership(id, organisationId, email, role, MembershipStatus.REMOVED, null, invitedBy, invitedAt,
                expiresAt, userId, username, joinedAt, at, by, version);
    }
}
