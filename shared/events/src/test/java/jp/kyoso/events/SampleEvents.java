package jp.kyoso.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jp.kyoso.events.citylab.ChallengeDrafted;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ProjectOrigin;
import jp.kyoso.events.citylab.ProposalAdopted;
import jp.kyoso.events.cocreation.IssuePromotedToChallenge;
import jp.kyoso.events.cocreation.OrganisationApplied;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationRejected;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.cocreation.SeedPublished;
import jp.kyoso.events.cocreation.SeedWithdrawn;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.events.fund.ApplicationRejected;
import jp.kyoso.events.fund.ApplicationScreened;
import jp.kyoso.events.fund.ApplicationSubmitted;
import jp.kyoso.events.fund.ApplicationWithdrawn;
import jp.kyoso.events.fund.CallClosed;
import jp.kyoso.events.fund.CallDecided;
import jp.kyoso.events.fund.CallOpened;
import jp.kyoso.events.fund.ConflictDeclared;
import jp.kyoso.events.fund.ContributionPledged;
import jp.kyoso.events.fund.ContributionReceived;
import jp.kyoso.events.fund.ContributorKind;
import jp.kyoso.events.fund.GrantDisbursed;
import jp.kyoso.events.fund.ProjectEvaluated;
import jp.kyoso.events.fund.ReviewSubmitted;

/**
 * Object mother: one realistic instance of every event type, with Japanese text where users would write it.
 * One list per context, so that contexts add their events without touching each other's lines.
 */
final class SampleEvents {

    static final String ORGANISATION_ID = "7a1c2a44-3c4e-4b1e-9a57-0c2f8f0f6a11";
    static final String DEPARTMENT_ID = "00000000-0000-4000-8000-0000000000c1";
    static final String SEED_ID = "5b0e8d3a-1f2c-4d6e-8a9b-0c1d2e3f4a5b";
    static final String ISSUE_ID = "0d4c2b1a-9e8f-4a7b-8c6d-5e4f3a2b1c0d";
    static final String CHALLENGE_ID = "3e2d1c0b-a9f8-4e7d-9c6b-5a4f3e2d1c0b";
    static final String PROPOSAL_ID = "8f7e6d5c-4b3a-4291-8e7f-6d5c4b3a2918";
    static final String PROJECT_ID = "1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d";
    static final Instant AT = Instant.parse("2025-05-12T01:30:00Z");

    private SampleEvents() {
    }

    static List<DomainEvent> all() {
        return Stream.of(coCreation(), cityLab(), declarations(), fund()).flatMap(List::stream).toList();
    }

    static List<DomainEvent> coCreation() {
        return List.of(
                new OrganisationApplied(ORGANISATION_ID, "しながわテック株式会社", OrganisationType.COMPANY, "7000012050002", AT),
                new OrganisationApproved(ORGANISATION_ID, "しながわテック株式会社", OrganisationType.COMPANY, null, AT, "secretariat"),
                new OrganisationRejected(ORGANISATION_ID, "区内に事業所が確認できませんでした。", AT, "secretariat"),
                new SeedPublished(SEED_ID, ORGANISATION_ID, "AIによる見守りセンサー", "高齢者の生活リズムを非接触で見守るセンサーです。",
                        List.of("3.8", "11.7"), List.of("見守り", "高齢者", "IoT"), AT),
                new SeedWithdrawn(SEED_ID, ORGANISATION_ID, AT),
                new IssuePromotedToChallenge(ISSUE_ID, "商店街の空き店舗の活用", "戸越銀座周辺で空き店舗が増えています。",
                        List.of("8.3", "11.3"), DEPARTMENT_ID, "secretariat", AT));
    }

    static List<DomainEvent> cityLab() {
        return List.of(
                new ChallengeDrafted(CHALLENGE_ID, DEPARTMENT_ID, "商店街の空き店舗の活用", List.of("8.3", "11.3"), ISSUE_ID, AT),
                new ProposalAdopted(PROPOSAL_ID, CHALLENGE_ID, ORGANISATION_ID, "ポップアップ店舗の循環運営", AT, "staff"),
                new CollaborationProjectStarted(PROJECT_ID, ProjectOrigin.CHALLENGE, CHALLENGE_ID, null, ISSUE_ID,
                        "空き店舗ポップアップ連携事業", List.of(ORGANISATION_ID), DEPARTMENT_ID, List.of("8.3", "11.3"),
                        LocalDate.of(2025, 6, 1), AT));
    }

    static List<DomainEvent> declarations() {
        return List.of();
    }

    static List<DomainEvent> fund() {
        String contribution = "2c9d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";
        String call = "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a";
        String application = "6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c";
        String payment = "9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f";
        Instant closes = Instant.parse("2025-06-30T08:00:00Z");
        return List.of(
                new ContributionPledged(contribution, ContributorKind.INVESTOR, ORGANISATION_ID, "しながわテック株式会社",
                        5_000_000L, AT, "secretariat"),
                new ContributionReceived(contribution, ContributorKind.INVESTOR, ORGANISATION_ID, 5_000_000L, AT, "secretariat"),
                new CallOpened(call, "2025年度 ウェルビーイング・SDGs推進事業 公募", 10_000_000L, 2_000_000L, AT, closes, AT,
                        "secretariat"),
                new CallClosed(call, 12, closes, "secretariat"),
                new CallDecided(call, 4, 6_500_000L, AT),
                new ApplicationSubmitted(application, call, ORGANISATION_ID, "商店街の高齢者見守りネットワーク",
                        List.of("3.8", "11.7"), 2_400_000L, 1_600_000L, AT),
                new ApplicationScreened(application, call, ORGANISATION_ID, false, List.of("fund.eligibility.declaration"), AT),
                new ApplicationScreened(application, call, ORGANISATION_ID, true, List.of(), AT),
                new ApplicationWithdrawn(application, call, ORGANISATION_ID, AT),
                new ConflictDeclared(application, call, "committee1", true, false, "申請団体の顧問を務めています", AT),
                new ReviewSubmitted(application, call, "committee2", 375L, AT),
                new ApplicationAwarded(application, call, ORGANISATION_ID, 1_500_000L, 1_600_000L, 2, null, AT, "secretariat"),
                new ApplicationRejected(application, call, ORGANISATION_ID, "事業の継続性が確認できませんでした。", AT, "secretariat"),
                new GrantDisbursed(payment, application, call, ORGANISATION_ID, 1, 750_000L, 750_000L, AT, "secretariat"),
                new ProjectEvaluated(application, call, ORGANISATION_ID, "committee3", 420L, AT));
    }
}
