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
                        List.of("8.3", "11.3"), DEPARTMENT_ID, "secretariat", AT),
                new jp.kyoso.events.cocreation.WorkingGroupFormed(WORKING_GROUP_ID, "ゼロカーボン部会", true, false,
                        "secretariat", AT),
                new jp.kyoso.events.cocreation.MeetingHeld(MEETING_ID, WORKING_GROUP_ID,
                        jp.kyoso.events.cocreation.MeetingKind.EXCHANGE_OF_VIEWS, "脱炭素に関する意見交換会",
                        LocalDate.of(2025, 5, 12), AT, 24, "secretariat", AT),
                new jp.kyoso.events.cocreation.ActionItemRaised(ACTION_ITEM_ID, MEETING_ID, WORKING_GROUP_ID,
                        "公共施設の屋根置き太陽光の可能性調査", "意見交換会で、区有施設の屋根の活用を検討すべきとの意見が出ました。",
                        "secretariat", AT));
    }

    static final String WORKING_GROUP_ID = "6c5b4a39-2817-4f6e-9d5c-4b3a29180f7e";
    static final String MEETING_ID = "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091";
    static final String ACTION_ITEM_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

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
        return List.of();
    }
}
