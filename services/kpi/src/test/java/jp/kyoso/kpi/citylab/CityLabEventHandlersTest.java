package jp.kyoso.kpi.citylab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.citylab.ChallengePublished;
import jp.kyoso.events.citylab.CollaborationProjectCompleted;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ExperimentAgreed;
import jp.kyoso.events.citylab.ExperimentProposed;
import jp.kyoso.events.citylab.InvitationOutcome;
import jp.kyoso.events.citylab.InvitationOutcomeKind;
import jp.kyoso.events.citylab.InvitationSent;
import jp.kyoso.events.citylab.ProjectOrigin;
import jp.kyoso.events.citylab.ProposalAdopted;
import jp.kyoso.events.citylab.ProposalDeclined;
import jp.kyoso.events.citylab.ProposalSubmitted;
import org.junit.jupiter.api.Test;
import jp.kyoso.kpi.projection.Fact;
import jp.kyoso.kpi.projection.RecordedFacts;

/** Each City Lab event type to its one fact: metric, breakdown, fiscal year (Asia/Tokyo), subject, organisation. */
class CityLabEventHandlersTest {

    // 2031-03-31T15:30Z is already April 1st in Tokyo: FY2031, not FY2030.
    private static final Instant APRIL_FIRST_IN_TOKYO = Instant.parse("2031-03-31T15:30:00Z");
    private static final Instant MARCH_IN_TOKYO = Instant.parse("2031-03-31T14:59:59Z");

    private final RecordedFacts recorded = new RecordedFacts();
    private final CityLabEventHandlers handlers = new CityLabEventHandlers(recorded);
    private final String organisation = UUID.randomUUID().toString();
    private final String challenge = UUID.randomUUID().toString();
    private final String proposal = UUID.randomUUID().toString();
    private final String experiment = UUID.randomUUID().toString();
    private final String invitation = UUID.randomUUID().toString();

    @Test
    void challengesAndProposals() {
        ChallengePublished published = new ChallengePublished(challenge, null, "放置自転車", List.of("11.2"), null,
                APRIL_FIRST_IN_TOKYO.plusSeconds(86_400 * 30), null, APRIL_FIRST_IN_TOKYO, "staff");
        assertOne(handlers.challengePublished(), published, CityLabMetric.CHALLENGES_PUBLISHED, CityLabFact.ALL,
                2031, APRIL_FIRST_IN_TOKYO, challenge, null);

        assertOne(handlers.proposalSubmitted(), new ProposalSubmitted(proposal, challenge, organisation, "提案",
                List.of("11.2"), null, MARCH_IN_TOKYO), CityLabMetric.PROPOSALS_RECEIVED, CityLabFact.ALL, 2030,
                MARCH_IN_TOKYO, proposal, organisation);
        assertOne(handlers.proposalAdopted(), new ProposalAdopted(proposal, challenge, organisation, "提案",
                APRIL_FIRST_IN_TOKYO, "staff"), CityLabMetric.PROPOSALS_ADOPTED, CityLabFact.ALL, 2031,
                APRIL_FIRST_IN_TOKYO, proposal, organisation);
        assertOne(handlers.proposalDeclined(), new ProposalDeclined(proposal, challenge, organisation, "予算外",
                APRIL_FIRST_IN_TOKYO, "staff"), CityLabMetric.PROPOSALS_DECLINED, CityLabFact.ALL, 2031,
                APRIL_FIRST_IN_TOKYO, proposal, organisation);
    }

    @Test
    void fieldExperimentsAndInvitations() {
        assertOne(handlers.experimentProposed(), new ExperimentProposed(experiment, organisation, "実証", null,
                List.of(), MARCH_IN_TOKYO), CityLabMetric.EXPERIMENTS_PROPOSED, CityLabFact.ALL, 2030,
                MARCH_IN_TOKYO, experiment, organisation);
        assertOne(handlers.experimentAgreed(), new ExperimentAgreed(experiment, organisation,
                UUID.randomUUID().toString(), "実証", APRIL_FIRST_IN_TOKYO, "staff"),
                CityLabMetric.EXPERIMENTS_AGREED, CityLabFact.ALL, 2031, APRIL_FIRST_IN_TOKYO, experiment,
                organisation);
        assertOne(handlers.invitationSent(), new InvitationSent(invitation, challenge, organisation, null,
                MARCH_IN_TOKYO, "secretariat"), CityLabMetric.INVITATIONS_SENT, CityLabFact.ALL, 2030,
                MARCH_IN_TOKYO, invitation, organisation);
        assertOne(handlers.invitationOutcome(), new InvitationOutcome(invitation, challenge, organisation,
                InvitationOutcomeKind.PROPOSED, proposal, APRIL_FIRST_IN_TOKYO),
                CityLabMetric.INVITATIONS_CONVERTED, CityLabFact.ALL, 2031, APRIL_FIRST_IN_TOKYO, invitation,
                organisation);
        assertOne(handlers.invitationOutcome(), new InvitationOutcome(invitation, challenge, organisation,
                InvitationOutcomeKind.NO_PROPOSAL, null, APRIL_FIRST_IN_TOKYO),
                CityLabMetric.INVITATIONS_UNANSWERED, CityLabFact.ALL, 2031, APRIL_FIRST_IN_TOKYO, invitation,
                organisation);
    }

    @Test
    void aProjectCountsInTheYearOfItsDayUnderItsOriginAndItsFirstPartner() {
        String project = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        // Recorded on April 2nd, but started on March 31st: FY2030.
        Instant recordedAt = Instant.parse("2031-04-02T01:00:00Z");
        assertOne(handlers.projectStarted(), new CollaborationProjectStarted(project, ProjectOrigin.FIELD_EXPERIMENT,
                null, experiment, null, "実証から事業へ", List.of(organisation, second), null, List.of(),
                LocalDate.of(2031, 3, 31), recordedAt), CityLabMetric.PROJECTS_STARTED, "FIELD_EXPERIMENT", 2030,
                recordedAt, project, organisation);
        assertOne(handlers.projectCompleted(), new CollaborationProjectCompleted(project, "成果",
                LocalDate.of(2032, 4, 1), recordedAt, "staff"), CityLabMetric.PROJECTS_COMPLETED, CityLabFact.ALL,
                2032, recordedAt, project, null);
    }

    @Test
    void aPollIsOneWriteWithOneFactPerEvent() {
        List<Fact> facts = recorded.ofPoll(handlers.proposalSubmitted(),
                new ProposalSubmitted(proposal, challenge, organisation, "一", List.of(), null, MARCH_IN_TOKYO),
                new ProposalSubmitted(UUID.randomUUID().toString(), challenge, organisation, "二", List.of(), null,
                        APRIL_FIRST_IN_TOKYO));
        assertEquals(List.of(2030, 2031), facts.stream().map(fact -> ((CityLabFact) fact).fiscalYear()).toList());
    }

    private <E extends jp.kyoso.events.DomainEvent> void assertOne(
            jp.kyoso.messaging.inbox.EventHandler<E> handler, E event, CityLabMetric metric, String dimension,
            int fiscalYear, Instant occurredAt, String aggregateId, String organisationId) {
        EventEnvelope envelope = RecordedFacts.envelopeOf(event);
        assertEquals(List.of(new CityLabFact(envelope.id() + "/" + metric.name(), envelope.id(), metric, dimension,
                fiscalYear, occurredAt, aggregateId, envelope.type(), organisationId)),
                recorded.of(handler, event, envelope));
    }
}
