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
import jp.kyoso.events.declarations.ComplaintDecided;
import jp.kyoso.events.declarations.ComplaintOutcome;
import jp.kyoso.events.declarations.DeclarationLapsed;
import jp.kyoso.events.declarations.DeclarationProgressReported;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.events.declarations.DeclarationRenewed;
import jp.kyoso.events.declarations.DeclarationReportOverdue;
import jp.kyoso.events.declarations.DeclarationReturned;
import jp.kyoso.events.declarations.DeclarationRevoked;
import jp.kyoso.events.declarations.DeclarationSubmitted;
import jp.kyoso.events.declarations.LapseReason;

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
        String declaration = "6c5b4a39-2817-4f6e-9d5c-4b3a29180f7e";
        String number = "SDGs-2025-0007";
        return List.of(
                new DeclarationSubmitted(declaration, ORGANISATION_ID, OrganisationType.COMPANY,
                        List.of("7.2", "8.5", "12.5"), false, AT, "member-hanako"),
                new DeclarationReturned(declaration, ORGANISATION_ID, "環境面の取組の指標を具体的にしてください。", AT, "secretariat"),
                new DeclarationRegistered(declaration, ORGANISATION_ID, "しながわテック株式会社", OrganisationType.COMPANY, number,
                        2025, 2025, 2027, List.of(7, 8, 12), List.of("7.2", "8.5", "12.5"), AT, "secretariat"),
                new DeclarationProgressReported(declaration, ORGANISATION_ID, number, 2025, true, false, AT),
                new DeclarationReportOverdue(declaration, ORGANISATION_ID, number, 2025, LocalDate.of(2026, 6, 30), AT),
                new DeclarationLapsed(declaration, ORGANISATION_ID, number, LapseReason.REPORT_NOT_FILED, 2025, AT),
                new DeclarationRenewed(declaration, ORGANISATION_ID, number, 2030, AT, "member-hanako"),
                new DeclarationRevoked(declaration, ORGANISATION_ID, number, "宣言内容と異なる事業活動が確認されたため。", AT, "secretariat"),
                new ComplaintDecided("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", declaration, ORGANISATION_ID,
                        ComplaintOutcome.REMEDY_REQUIRED, AT, "secretariat"));
    }

    static List<DomainEvent> fund() {
        return List.of();
    }
}
