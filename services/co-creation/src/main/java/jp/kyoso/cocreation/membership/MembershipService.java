package jp.kyoso.cocreation.membership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.kyoso.cocreation.organisation.Organisation;
import jp.kyoso.cocreation.organisation.OrganisationRepository;
import jp.kyoso.events.cocreation.MemberInvited;
import jp.kyoso.events.cocreation.MemberJoined;
import jp.kyoso.events.cocreation.MemberRole;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Organisation rosters. An organisation has several admins; admins (and the secretariat) invite people by email
 * with a role; the invited person accepts with their own account, so nobody shares a login. User accounts stay
 * in the portal: the roster knows people by email and, once they join, by user id.
 */
@Singleton
public class MembershipService {

    private final MembershipRepository memberships;
    private final OrganisationRepository organisations;
    private final Outbox outbox;
    private final InvitationMail invitationMail;
    private final Clock clock;

    public MembershipService(MembershipRepository memberships, OrganisationRepository organisations, Outbox outbox,
                             InvitationMail invitationMail, Clock clock) {
        this.memberships = memberships;
        this.organisations = organisations;
        this.outbox = outbox;
        this.invitationMail = invitationMail;
        this.clock = clock;
    }

    /** Invites by mail: the acceptance code goes only into the mail, so the answer is the roster entry alone. */
    @Transactional
    public Membership invite(UUID organisationId, String email, MemberRole role, CurrentUser actor) {
        Organisation organisation = organisation(organisationId);
        requireAdmin(organisationId, actor);
        return issue(organisation, email, role, actor.username()).membership();
    }

    /**
     * Sends an invitation again (a lost, expired or mistyped-role mail, typically the first admin's): any open
     * invitation to the address is withdrawn, so its link stops working, and a fresh one is issued and mailed, in one
     * transaction, so the organisation is never left without one if the second half fails.
     */
    @Transactional
    public Membership reissue(UUID organisationId, String email, MemberRole role, CurrentUser actor) {
        Organisation organisation = organisation(organisationId);
        requireAdmin(organisationId, actor);
        memberships.findByOrganisationIdAndEmailAndStatus(organisationId, Membership.normaliseEmail(email),
                MembershipStatus.INVITED).ifPresent(open -> memberships.update(open.remove(actor.username(),
                clock.instant())));
        return issue(organisation, email, role, actor.username()).membership();
    }

    /** For the platform itself (an approval invites the applicant's contact as first admin); no rights check. */
    @Transactional
    public Membership inviteOnBehalf(Organisation organisation, String email, MemberRole role, String by) {
        return issue(organisation, email, role, by).membership();
    }

    /**
     * Writes the invitation and its mail, inside the caller's transaction; the code in clear stays inside this
     * package (the demo seeder accepts with it).
     */
    public Invitation issue(Organisation organisation, String email, MemberRole role, String by) {
        if (!organisation.isActiveMember()) {
            throw new ConflictException("organisation.notActive", organisation.status().name());
        }
        Instant now = clock.instant();
        String address = Membership.normaliseEmail(email);
        memberships.findByOrganisationIdAndEmailAndStatus(organisation.id(), address, MembershipStatus.INVITED)
                .ifPresent(open -> {
                    if (!open.isExpired(now)) {
                        throw new ConflictException("member.alreadyInvited", address);
                    }
                    memberships.update(open.expire());
                });
        if (memberships.findByOrganisationIdAndEmailAndStatus(organisation.id(), address, MembershipStatus.ACTIVE)
                .isPresent()) {
            throw new ConflictException("member.alreadyMember", address);
        }
        String code = AcceptCodes.newCode();
        Membership invited = memberships.save(Membership.invited(UUID.randomUUID(), organisation.id(), address, role,
                AcceptCodes.hash(code), by, now));
        outbox.append(new MemberInvited(invited.id().toString(), organisation.id().toString(), organisation.name(),
                role, now, invited.expiresAt(), by));
        invitationMail.enqueue(invited, organisation, code);
        return new Invitation(invited, code);
    }

    @Transactional
    public Membership accept(UUID invitationId, String code, CurrentUser user) {
        Membership invitation = memberships.findById(invitationId)
                .orElseThrow(() -> new NotFoundException("resource.invitation", invitationId));
        if (invitation.status() != MembershipStatus.INVITED) {
            throw new ConflictException("invitation.notOpen", invitation.status().name());
        }
        if (!AcceptCodes.matches(code, invitation.acceptCodeHash())) {
            throw InvalidInputException.of("code", "invitation.code.invalid");
        }
        if (!organisation(invitation.organisationId()).isActiveMember()) {
            throw new ConflictException("organisation.notActive", organisation(invitation.organisationId()).status().name());
        }
        if (memberships.findByOrganisationIdAndUserIdAndStatus(invitation.organisationId(), user.userId(),
                MembershipStatus.ACTIVE).isPresent()) {
            throw new ConflictException("member.alreadyMember", user.username());
        }
        Membership joined;
        try {
            joined = memberships.update(invitation.accept(user.userId(), user.username(), clock.instant()));
        } catch (MembershipTransitionException e) {
            throw new ConflictException("invitation.notOpen", e.current().name());
        } catch (OptimisticLockException e) {
            throw new ConflictException("invitation.notOpen", MembershipStatus.ACTIVE.name());
        }
        outbox.append(new MemberJoined(joined.id().toString(), joined.organisationId().toString(), joined.userId(),
                joined.role(), joined.joinedAt()));
        return joined;
    }

    @Transactional
    public Membership remove(UUID organisationId, UUID membershipId, CurrentUser actor) {
        requireAdmin(organisationId, actor);
        Membership membership = onRoster(organisationId, membershipId);
        if (membership.isActiveAdmin() && memberships.countByOrganisationIdAndRoleAndStatus(organisationId,
                MemberRole.ADMIN, MembershipStatus.ACTIVE) <= 1) {
            throw new ConflictException("member.lastAdmin");
        }
        try {
            return memberships.update(membership.remove(actor.username(), clock.instant()));
        } catch (MembershipTransitionException e) {
            throw new ConflictException("member.notOnRoster", e.current().name());
        }
    }

    /** Admins change people's roles; the organisation always keeps at least one admin. */
    @Transactional
    public Membership changeRole(UUID organisationId, UUID membershipId, MemberRole role, CurrentUser actor) {
        requireAdmin(organisationId, actor);
        Membership membership = onRoster(organisationId, membershipId);
        if (membership.isActiveAdmin() && role != MemberRole.ADMIN && memberships.countByOrganisationIdAndRoleAndStatus(
                organisationId, MemberRole.ADMIN, MembershipStatus.ACTIVE) <= 1) {
            throw new ConflictException("member.lastAdmin");
        }
        try {
            return memberships.update(membership.withRole(role));
        } catch (MembershipTransitionException e) {
            throw new ConflictException("member.notOnRoster", e.current().name());
        } catch (OptimisticLockException e) {
            throw new ConflictException("member.concurrentChange");
        }
    }

    @Transactional(readOnly = true)
    public Page<Membership> roster(UUID organisationId, @Nullable MembershipStatus status, Pageable pageable,
                                   CurrentUser actor) {
        organisation(organisationId);
        if (!isPlatformStaff(actor) && !actor.belongsTo(organisationId.toString())
                && memberships.findByOrganisationIdAndUserIdAndStatus(organisationId, actor.userId(),
                MembershipStatus.ACTIVE).isEmpty()) {
            throw new ForbiddenException("member.notYourOrganisation");
        }
        return status == null ? memberships.findByOrganisationId(organisationId, pageable)
                : memberships.findByOrganisationIdAndStatus(organisationId, status, pageable);
    }

    @Transactional(readOnly = true)
    public List<Membership> membershipsOf(String userId) {
        return memberships.findByUserIdAndStatus(userId, MembershipStatus.ACTIVE);
    }

    /** Whether the user may act as an admin of the organisation: an active ADMIN on its roster, or the secretariat. */
    @Transactional(readOnly = true)
    public boolean isAdmin(UUID organisationId, CurrentUser actor) {
        return isPlatformStaff(actor) || memberships.findByOrganisationIdAndUserIdAndStatus(organisationId,
                actor.userId(), MembershipStatus.ACTIVE).map(Membership::isActiveAdmin).orElse(false);
    }

    /** Whether the user acts for the organisation now: an active roster entry of any role. */
    @Transactional(readOnly = true)
    public boolean isMember(UUID organisationId, String userId) {
        return memberships.findByOrganisationIdAndUserIdAndStatus(organisationId, userId, MembershipStatus.ACTIVE)
                .isPresent();
    }

    /** Whether the user acts for the organisation: their token names it, or they are active on its roster. */
    @Transactional(readOnly = true)
    public boolean actsFor(UUID organisationId, CurrentUser user) {
        return user.belongsTo(organisationId.toString()) || isMember(organisationId, user.userId());
    }

    /**
     * The active member organisation the user acts for now: the one requested (people on several rosters choose),
     * else the one in their token. Refuses an organisation they do not act for or one not active.
     */
    @Transactional(readOnly = true)
    public Organisation actingOrganisation(@Nullable UUID requested, CurrentUser user, String refusal) {
        UUID id = requested != null ? requested
                : user.organisationId() == null ? null : UUID.fromString(user.organisationId());
        if (id == null) {
            throw InvalidInputException.of("organisationId", "Required");
        }
        if (!actsFor(id, user)) {
            throw new ForbiddenException(refusal);
        }
        Organisation organisation = organisation(id);
        if (!organisation.isActiveMember()) {
            throw new ConflictException("organisation.notActive", organisation.status().name());
        }
        return organisation;
    }

    public void requireAdmin(UUID organisationId, CurrentUser actor) {
        if (!isAdmin(organisationId, actor)) {
            throw new ForbiddenException("member.adminOnly");
        }
    }

    private Membership onRoster(UUID organisationId, UUID membershipId) {
        return memberships.findById(membershipId)
                .filter(m -> m.organisationId().equals(organisationId))
                .orElseThrow(() -> new NotFoundException("resource.member", membershipId));
    }

    private static boolean isPlatformStaff(CurrentUser actor) {
        return actor.isAnyOf(Roles.SECRETARIAT, Roles.ADMIN);
    }

    private Organisation organisation(UUID id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("resource.organisation", id));
    }
}
