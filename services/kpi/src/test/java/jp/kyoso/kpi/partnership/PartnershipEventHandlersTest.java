package jp.kyoso.kpi.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.IssuePromotedToChallenge;
import jp.kyoso.events.cocreation.IssueRaised;
import jp.kyoso.events.cocreation.IssueSource;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationType;
import org.junit.jupiter.api.Test;
import jp.kyoso.kpi.projection.RecordedFacts;

/** Members and issues to partnership facts, in the Tokyo fiscal year of the moment, with their organisation. */
class PartnershipEventHandlersTest {

    private static final Instant LAST_MINUTE_OF_FY2030 = Instant.parse("2031-03-31T23:59:00+09:00");

    private final RecordedFacts recorded = new RecordedFacts();
    private final PartnershipEventHandlers handlers = new PartnershipEventHandlers(recorded);
    private final String organisation = UUID.randomUUID().toString();

    @Test
    void anApprovedOrganisationIsAMemberOfItsTypeAndItsOwnStory() {
        OrganisationApproved approved = new OrganisationApproved(organisation, "株式会社テスト",
                OrganisationType.UNIVERSITY, null, LAST_MINUTE_OF_FY2030, "secretariat");
        EventEnvelope envelope = RecordedFacts.envelopeOf(approved);
        assertEquals(List.of(new PartnershipFact(envelope.id() + "/MEMBER_ORGANISATIONS", envelope.id(),
                        Metric.MEMBER_ORGANISATIONS, "UNIVERSITY", 2030, LAST_MINUTE_OF_FY2030, organisation,
                        envelope.type(), organisation)),
                recorded.of(handlers.organisationApproved(), approved, envelope));
    }

    @Test
    void anIssueCountsBySourceUnderWhoeverRaisedItAndItsPromotionUnderNobody() {
        String issue = UUID.randomUUID().toString();
        Instant april = LAST_MINUTE_OF_FY2030.plusSeconds(60);
        IssueRaised raised = new IssueRaised(issue, organisation, "放置自転車", List.of("11.2"), IssueSource.MEETING,
                april);
        EventEnvelope envelope = RecordedFacts.envelopeOf(raised);
        assertEquals(List.of(new PartnershipFact(envelope.id() + "/ISSUES_RAISED", envelope.id(),
                        Metric.ISSUES_RAISED, "MEETING", 2031, april, issue, envelope.type(), organisation)),
                recorded.of(handlers.issueRaised(), raised, envelope));

        IssuePromotedToChallenge promoted = new IssuePromotedToChallenge(issue, "放置自転車", "詳細", List.of(), null,
                "secretariat", april);
        EventEnvelope promotion = RecordedFacts.envelopeOf(promoted);
        assertEquals(List.of(new PartnershipFact(promotion.id() + "/ISSUES_PROMOTED", promotion.id(),
                        Metric.ISSUES_PROMOTED, "ALL", 2031, april, issue, promotion.type(), null)),
                recorded.of(handlers.issuePromoted(), promoted, promotion));
    }
}
