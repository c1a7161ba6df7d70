package jp.kyoso.citylab.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.citylab.challenge.Challenge;
import jp.kyoso.citylab.challenge.ChallengeRepository;
import jp.kyoso.citylab.challenge.ChallengeStatus;
import jp.kyoso.citylab.organisation.OrganisationDirectory;
import jp.kyoso.citylab.shared.Ids;
import jp.kyoso.events.citylab.InvitationOutcome;
import jp.kyoso.events.citylab.InvitationOutcomeKind;
import jp.kyoso.events.citylab.InvitationSent;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.InvalidInputException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;

/**
 * Invitations and their outcome. The outcome is recorded by the facts themselves: the invited organisation's
 * proposal, or the challenge closing without one, so the conversion KPI needs nobody to keep a list by hand.
 */
@Singleton
public class InvitationService {

    private final InvitationRepository invitations;
    private final InvitationsAnswered answered;
    private final ChallengeRepository challenges;
    private final OrganisationDirectory organisations;
    private final Outbox outbox;
    private final Clock clock;

    public InvitationService(InvitationRepository invitations, InvitationsAnswered answered,
                             ChallengeRepository challenges,
                             OrganisationDirectory organisations, Outbox outbox, Clock clock) {
        this.invitations = invitations;
        this.answered = answered;
        this.challenges = challenges;
        this.organisations = organisations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Invitation invite(UUID challengeId, UUID organisationId, @Nullable UUID seedId, CurrentUser user) {
        Challenge challenge = challenges.findById(challengeId)
                .orElseThrow(() -> new NotFoundException("resource.challenge", challengeId.toString()));
        if (challenge.status() != ChallengeStatus.PUBLISHED) {
            throw new ConflictException("invitation.challengeNotPublished", challenge.status().name());
        }
        if (!organisations.isApproved(organisationId)) {
            throw InvalidInputException.of("organisationId", "organisation.notApproved");
        }
        if (invitations.existsByChallengeIdAndOrganisationId(challengeId, organisationId)) {
            throw new ConflictException("invitation.alreadySent");
        }
        Invitation invitation = invitations.save(Invitation.sent(UUID.randomUUID(), challengeId, organisationId,
                seedId, user.username(), clock.instant()));
        outbox.append(new InvitationSent(invitation.id().toString(), challengeId.toString(), organisationId.toString(),
                Ids.text(seedId), invitation.sentAt(), user.username()));
        return invitation;
    }

    @Transactional(readOnly = true)
    public Page<Invitation> list(UUID challengeId, Pageable pageable) {
        return invitations.findByChallengeId(challengeId, pageable);
    }

    /** Called in the transaction that stores a proposal. */
    public void proposalSubmitted(UUID challengeId, UUID organisationId, UUID proposalId, Instant at) {
        answered.conclude(challengeId, organisationId, proposalId, at).ifPresent(invitation -> appendOutcome(
                invitation, challengeId, organisationId, InvitationOutcomeKind.PROPOSED, proposalId, at));
    }

    /** Called in the transaction that closes a challenge. */
    public void concludeUnanswered(UUID challengeId, Instant at) {
        invitations.findByChallengeIdAndStatus(challengeId, InvitationStatus.SENT)
                .forEach(invitation -> conclude(invitation.unanswered(at)));
    }

    private void conclude(Invitation concluded) {
        invitations.update(concluded);
        appendOutcome(concluded.id(), concluded.challengeId(), concluded.organisationId(),
                concluded.status() == InvitationStatus.PROPOSED
                        ? InvitationOutcomeKind.PROPOSED : InvitationOutcomeKind.NO_PROPOSAL,
                concluded.proposalId(), concluded.concludedAt());
    }

    private void appendOutcome(UUID invitation, UUID challengeId, UUID organisationId, InvitationOutcomeKind outcome,
                               @Nullable UUID proposalId, Instant at) {
        outbox.append(new InvitationOutcome(invitation.toString(), challengeId.toString(), organisationId.toString(),
                outcome, Ids.text(proposalId), at));
    }
}
