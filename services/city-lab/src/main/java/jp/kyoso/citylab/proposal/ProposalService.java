package jp.kyoso.citylab.proposal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import jp.kyoso.citylab.challenge.Challenge;
import jp.kyoso.citylab.challenge.ChallengeRepository;
import jp.kyoso.citylab.challenge.ChallengeStatus;
import jp.kyoso.citylab.challenge.ProposalWindow;
import jp.kyoso.citylab.challenge.ProposalWindows;
import jp.kyoso.citylab.matching.InvitationService;
import jp.kyoso.citylab.organisation.OrganisationDirectory;
import jp.kyoso.citylab.project.CollaborationProject;
import jp.kyoso.citylab.project.ProjectService;
import jp.kyoso.citylab.shared.Access;
import jp.kyoso.citylab.shared.FieldErrors;
import jp.kyoso.citylab.shared.Rules;
import jp.kyoso.citylab.shared.UniqueViolation;
import jp.kyoso.events.citylab.ProposalAdopted;
import jp.kyoso.events.citylab.ProposalDeclined;
import jp.kyoso.events.citylab.ProposalShortlisted;
import jp.kyoso.events.citylab.ProposalSubmitted;
import jp.kyoso.events.citylab.ProposalWithdrawn;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Proposals to published challenges. Confidential between competitors: the proposer, the secretariat and the owning
 * department read them, nobody else. Adoption starts a collaboration project in the same transaction.
 */
@Singleton
public class ProposalService {

    private final ProposalRepository proposals;
    private final SubmittedProposals submitted;
    private final ChallengeRepository challenges;
    private final ProposalWindows windows;
    private final OrganisationDirectory organisations;
    private final ProjectService projects;
    private final InvitationService invitations;
    private final Outbox outbox;
    private final Clock clock;

    public ProposalService(ProposalRepository proposals, SubmittedProposals submitted, ChallengeRepository challenges,
                           ProposalWindows windows, OrganisationDirectory organisations, ProjectService projects,
                           InvitationService invitations, Outbox outbox, Clock clock) {
        this.proposals = proposals;
        this.submitted = submitted;
        this.challenges = challenges;
        this.windows = windows;
        this.organisations = organisations;
        this.projects = projects;
        this.invitations = invitations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Proposal submit(UUID challengeId, ProposalContent content, CurrentUser user) {
        UUID organisationId = organisationOf(user);
        if (!organisations.isApproved(organisationId)) {
            throw new ForbiddenException("proposal.organisationNotApproved");
        }
        ProposalWindow window = windows.of(challengeId)
                .filter(found -> found.status().isPublic())
                .orElseThrow(() -> new NotFoundException("resource.challenge", challengeId.toString()));
        Instant now = clock.instant();
        requireOpenForProposals(window, now);
        ProposalContent checked = validated(content);
        Proposal proposal = insertActive(Proposal.submitted(UUID.randomUUID(), challengeId, organisationId, checked,
                user.username(), now));
        outbox.append(new ProposalSubmitted(proposal.id().toString(), challengeId.toString(),
                organisationId.toString(), proposal.title(), proposal.sdgTargetList(), proposal.costEstimateYen(),
                now));
        invitations.proposalSubmitted(challengeId, organisationId, proposal.id(), now);
        return proposal;
    }

    /**
     * One active proposal per organisation and challenge is the unique index's rule: asking first would cost a read on
     * every submission (the busiest write of the platform) and could still race with a second request.
     */
    private Proposal insertActive(Proposal proposal) {
        try {
            return submitted.insert(proposal);
        } catch (DataAccessException e) {
            if (UniqueViolation.of(e, "proposal_one_active")) {
                throw new ConflictException("proposal.alreadyActive");
            }
            throw e;
        }
    }

    @Transactional
    public Proposal edit(UUID id, ProposalContent content, CurrentUser user) {
        Proposal proposal = own(id, user);
        Instant now = clock.instant();
        Challenge challenge = challengeOf(proposal);
        requireOpenForProposals(new ProposalWindow(challenge.status(), challenge.deadline()), now);
        ProposalContent checked = validated(content);
        return change(proposal, current -> current.edit(checked, now));
    }

    @Transactional
    public Proposal withdraw(UUID id, CurrentUser user) {
        Proposal proposal = own(id, user);
        Instant now = clock.instant();
        Proposal withdrawn = change(proposal, current -> current.withdraw(user.username(), now));
        outbox.append(new ProposalWithdrawn(id.toString(), proposal.challengeId().toString(),
                proposal.organisationId().toString(), now, user.username()));
        return withdrawn;
    }

    @Transactional(readOnly = true)
    public Proposal get(UUID id, CurrentUser user) {
        Proposal proposal = find(id);
        if (!proposal.belongsTo(user.organisationId()) && !Access.isOfficeOrStaffOf(user, challengeOf(proposal).departmentId())) {
            throw new ForbiddenException("proposal.confidential");
        }
        return proposal;
    }

    /** The office and the owning department see every proposal; a member only its own organisation's. */
    @Transactional(readOnly = true)
    public Page<Proposal> forChallenge(UUID challengeId, CurrentUser user, Pageable pageable) {
        Challenge challenge = challenges.findById(challengeId)
                .orElseThrow(() -> new NotFoundException("resource.challenge", challengeId.toString()));
        if (Access.isOfficeOrStaffOf(user, challenge.departmentId())) {
            return proposals.findByChallengeId(challengeId, pageable);
        }
        if (user.organisationId() == null || user.has(Roles.STAFF)) {
            throw new ForbiddenException("proposal.confidential");
        }
        return proposals.findByChallengeIdAndOrganisationId(challengeId, UUID.fromString(user.organisationId()),
                pageable);
    }

    @Transactional(readOnly = true)
    public Page<Proposal> ofMyOrganisation(CurrentUser user, Pageable pageable) {
        return proposals.findByOrganisationId(organisationOf(user), pageable);
    }

    @Transactional
    public Proposal shortlist(UUID id, CurrentUser user) {
        Proposal proposal = decidable(id, user);
        Instant now = clock.instant();
        Proposal shortlisted = change(proposal, current -> current.shortlist(user.username(), now));
        outbox.append(new ProposalShortlisted(id.toString(), proposal.challengeId().toString(),
                proposal.organisationId().toString(), now, user.username()));
        return shortlisted;
    }

    @Transactional
    public Proposal decline(UUID id, String reason, CurrentUser user) {
        Proposal proposal = decidable(id, user);
        Instant now = clock.instant();
        Proposal declined = change(proposal, current -> current.decline(reason.strip(), user.username(), now));
        outbox.append(new ProposalDeclined(id.toString(), proposal.challengeId().toString(),
                proposal.organisationId().toString(), declined.declineReason(), now, user.username()));
        return declined;
    }

    /** Adoption and the collaboration project it starts commit together, with both events. */
    @Transactional
    public Proposal adopt(UUID id, CurrentUser user) {
        Proposal proposal = decidable(id, user);
        Challenge challenge = challengeOf(proposal);
        Instant now = clock.instant();
        UUID projectId = UUID.randomUUID();
        Proposal adopted = change(proposal, current -> current.adopt(user.username(), now, projectId));
        outbox.append(new ProposalAdopted(id.toString(), challenge.id().toString(),
                proposal.organisationId().toString(), proposal.title(), now, user.username()));
        projects.start(CollaborationProject.fromProposal(projectId, challenge, adopted, now));
        return adopted;
    }

    private Proposal decidable(UUID id, CurrentUser user) {
        Proposal proposal = find(id);
        Challenge challenge = challengeOf(proposal);
        if (!Access.isOfficeOrStaffOf(user, challenge.departmentId())) {
            throw new ForbiddenException("proposal.notDecider");
        }
        if (!challenge.isDeciding()) {
            throw new ConflictException("challenge.notDeciding", challenge.status().name());
        }
        return proposal;
    }

    private Proposal own(UUID id, CurrentUser user) {
        Proposal proposal = find(id);
        if (!proposal.belongsTo(user.organisationId())) {
            throw new ForbiddenException("proposal.notProposer");
        }
        return proposal;
    }

    private void requireOpenForProposals(ProposalWindow window, Instant now) {
        if (window.status() == ChallengeStatus.PUBLISHED && !window.acceptsProposalsAt(now)) {
            throw new ConflictException("challenge.deadlinePassed");
        }
        if (!window.acceptsProposalsAt(now)) {
            throw new ConflictException("challenge.notAcceptingProposals", window.status().name());
        }
    }

    private static ProposalContent validated(ProposalContent content) {
        FieldErrors errors = new FieldErrors();
        List<String> targets = errors.sdgTargets("sdgTargets", content.sdgTargets(), true);
        if (content.periodTo().isBefore(content.periodFrom())) {
            errors.add("periodTo", "period.endBeforeStart");
        }
        errors.throwIfAny();
        return new ProposalContent(content.title().strip(), content.summary().strip(), content.approach().strip(),
                content.team().strip(), targets, content.expectedOutcome().strip(), content.costEstimateYen(),
                content.periodFrom(), content.periodTo());
    }

    private Challenge challengeOf(Proposal proposal) {
        return challenges.findById(proposal.challengeId()).orElseThrow();
    }

    private Proposal find(UUID id) {
        return proposals.findById(id).orElseThrow(() -> new NotFoundException("resource.proposal", id.toString()));
    }

    private Proposal change(Proposal current, UnaryOperator<Proposal> action) {
        return Rules.apply("proposal", () -> proposals.update(action.apply(current)));
    }

    private static UUID organisationOf(CurrentUser user) {
        if (user.organisationId() == null) {
            throw new ForbiddenException("proposal.noOrganisation");
        }
        return UUID.fromString(user.organisationId());
    }
}
