package jp.kyoso.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jp.kyoso.events.citylab.ChallengeArchived;
import jp.kyoso.events.citylab.ChallengeClosed;
import jp.kyoso.events.citylab.ChallengeDrafted;
import jp.kyoso.events.citylab.ChallengePublished;
import jp.kyoso.events.citylab.ChallengeRefined;
import jp.kyoso.events.citylab.ChallengeRefinementStarted;
import jp.kyoso.events.citylab.ChallengeSentBack;
import jp.kyoso.events.citylab.ChallengeSignedOff;
import jp.kyoso.events.citylab.ChallengeSignoffRequested;
import jp.kyoso.events.citylab.ClosingReason;
import jp.kyoso.events.citylab.CollaborationProjectCompleted;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.events.citylab.ExperimentAgreed;
import jp.kyoso.events.citylab.ExperimentDeclined;
import jp.kyoso.events.citylab.ExperimentHostAssigned;
import jp.kyoso.events.citylab.ExperimentProposed;
import jp.kyoso.events.citylab.InvitationOutcome;
import jp.kyoso.events.citylab.InvitationOutcomeKind;
import jp.kyoso.events.citylab.InvitationSent;
import jp.kyoso.events.citylab.MatchSuggested;
import jp.kyoso.events.citylab.ProjectOrigin;
import jp.kyoso.events.citylab.ProposalAdopted;
import jp.kyoso.events.citylab.ProposalDeclined;
import jp.kyoso.events.citylab.ProposalShortlisted;
import jp.kyoso.events.citylab.ProposalSubmitted;
import jp.kyoso.events.citylab.ProposalWithdrawn;
import jp.kyoso.events.cocreation.IssuePromotedToChallenge;
import jp.kyoso.events.cocreation.IssueRaised;
import jp.kyoso.events.cocreation.IssueSource;
import jp.kyoso.events.cocreation.MemberInvited;
import jp.kyoso.events.cocreation.MemberJoined;
import jp.kyoso.events.cocreation.MemberErased;
import jp.kyoso.events.cocreation.YouthParticipantErased;
import jp.kyoso.events.cocreation.ActionItemRaised;
import jp.kyoso.events.cocreation.MeetingKind;
import jp.kyoso.events.cocreation.DigestCompiled;
import jp.kyoso.events.cocreation.MeetingHeld;
import jp.kyoso.events.cocreation.MeetingReminderDue;
import jp.kyoso.events.cocreation.WorkingGroupFormed;
import jp.kyoso.events.cocreation.MemberRole;
import jp.kyoso.events.cocreation.OrganisationApplied;
import jp.kyoso.events.cocreation.OrganisationApproved;
import jp.kyoso.events.cocreation.OrganisationReinstated;
import jp.kyoso.events.cocreation.OrganisationRejected;
import jp.kyoso.events.cocreation.OrganisationSuspended;
import jp.kyoso.events.cocreation.OrganisationType;
import jp.kyoso.events.cocreation.SeedPublished;
import jp.kyoso.events.cocreation.OrganisationWithdrawn;
import jp.kyoso.events.cocreation.SeedWithdrawn;
import jp.kyoso.events.fund.ApplicationAwarded;
import jp.kyoso.events.fund.ApplicationRejected;
import jp.kyoso.events.fund.ApplicationScreened;
import jp.kyoso.events.fund.ApplicationSubmitted;
import jp.kyoso.events.fund.ApplicationWithdrawn;
import jp.kyoso.events.fund.CallClosed;
import jp.kyoso.events.fund.CallDecided;
import jp.kyoso.events.fund.CallOpened;
import jp.kyoso.events.fund.ResolutionRecorded;
import jp.kyoso.events.fund.ConflictDeclared;
import jp.kyoso.events.portal.AccountCreated;
import jp.kyoso.events.portal.AccountCredentialsReset;
import jp.kyoso.events.portal.AccountDeactivated;
import jp.kyoso.events.portal.AccountReactivated;
import jp.kyoso.events.portal.AccountRolesChanged;
import jp.kyoso.events.fund.ContributionPledged;
import jp.kyoso.events.fund.ContributionReceived;
import jp.kyoso.events.fund.ContributorKind;
import jp.kyoso.events.fund.GrantDisbursed;
import jp.kyoso.events.fund.ProjectEvaluated;
import jp.kyoso.events.fund.ReviewSubmitted;
import jp.kyoso.events.declarations.ComplaintDecided;
import jp.kyoso.events.declarations.ComplaintOutcome;
import jp.kyoso.events.declarations.DeclarationLapsed;
import jp.kyoso.events.declarations.DeclarationProgressReported;
import jp.kyoso.events.declarations.DeclarationRegistered;
import jp.kyoso.events.declarations.DeclarationRenewed;
import jp.kyoso.events.declarations.DeclarationReportDue;
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
    static final String INVITATION_ID = "6c5b4a39-2817-4f6e-9d5c-4b3a29181706";
    static final String PROJECT_ID = "1a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d";
    static final Instant AT = Instant.parse("2025-05-12T01:30:00Z");

    private SampleEvents() {
    }

    static List<DomainEvent> all() {
        return Stream.of(coCreation(), cityLab(), declarations(), fund(), portal(), attachmentRemovals())
                .flatMap(List::stream).toList();
    }

    static List<DomainEvent> portal() {
        String account = "00000000-0000-4000-8000-000000000a11";
        return List.of(
                new AccountCreated(account, "committee1", List.of("COMMITTEE"), null, true, null, "admin", AT),
                new AccountCreated(account, "staff", List.of("STAFF"), DEPARTMENT_ID, true, "企画課の新任担当者", "admin",
                        AT),
                new AccountRolesChanged(account, "committee1", List.of("COMMITTEE", "SECRETARIAT"), null, true,
                        "事務局を兼務するため", "admin", AT),
                new AccountDeactivated(account, "committee1", List.of("COMMITTEE"), null, false, "委員の任期満了",
                        "admin", AT),
                new AccountReactivated(account, "committee1", List.of("COMMITTEE"), null, true, "再任されたため", "admin",
                        AT),
                new AccountCredentialsReset(account, "committee1", List.of("COMMITTEE"), null, true,
                        AccountCredentialsReset.SECOND_FACTOR, "スマートフォンの紛失", "admin", AT));
    }

    static List<DomainEvent> coCreation() {
        return List.of(
                new OrganisationApplied(ORGANISATION_ID, "しながわテック株式会社", OrganisationType.COMPANY, "7000012050002", AT),
                new OrganisationApproved(ORGANISATION_ID, "しながわテック株式会社", OrganisationType.COMPANY, null, AT, "secretariat"),
                new OrganisationRejected(ORGANISATION_ID, "区内に事業所が確認できませんでした。", AT, "secretariat"),
                new SeedPublished(SEED_ID, ORGANISATION_ID, "AIによる見守りセンサー", "高齢者の生活リズムを非接触で見守るセンサーです。",
                        List.of("3.8", "11.7"), List.of("見守り", "高齢者", "IoT"), AT),
                new SeedPublished(SEED_ID, ORGANISATION_ID, "キーワードなしのシーズ", "キーワードは任意です。", List.of("9.5"),
                        List.of(), AT),
                new SeedWithdrawn(SEED_ID, ORGANISATION_ID, AT),
                new IssueRaised(ISSUE_ID, ORGANISATION_ID, "商店街の空き店舗の活用", List.of("8.3", "11.3"),
                        IssueSource.MEMBER, AT),
                new IssuePromotedToChallenge(ISSUE_ID, "商店街の空き店舗の活用", "戸越銀座周辺で空き店舗が増えています。",
                        List.of("8.3", "11.3"), DEPARTMENT_ID, "secretariat", AT),
                new OrganisationSuspended(ORGANISATION_ID, "会費の未納が続いているため", AT, "secretariat"),
                new OrganisationReinstated(ORGANISATION_ID, AT, "secretariat"),
                new OrganisationWithdrawn(ORGANISATION_ID, "事業所を区外へ移転したため", AT, "member-admin"),
                new MemberInvited(INVITATION_ID, ORGANISATION_ID, "しながわテック株式会社",
                        MemberRole.MEMBER, AT, AT.plusSeconds(14 * 86_400), "member-admin"),
                new MemberJoined(INVITATION_ID, ORGANISATION_ID, "00000000-0000-4000-8000-000000000a04",
                        MemberRole.MEMBER, AT),
                new WorkingGroupFormed(WORKING_GROUP_ID, "ゼロカーボン部会", true, false,
                        "secretariat", AT),
                new MeetingHeld(MEETING_ID, WORKING_GROUP_ID,
                        MeetingKind.EXCHANGE_OF_VIEWS, "脱炭素に関する意見交換会",
                        LocalDate.of(2025, 5, 12), AT, 24, "secretariat", AT),
                new ActionItemRaised(ACTION_ITEM_ID, MEETING_ID, WORKING_GROUP_ID,
                        "公共施設の屋根置き太陽光の可能性調査", "意見交換会で、区有施設の屋根の活用を検討すべきとの意見が出ました。",
                        "secretariat", AT),
                new MemberErased(INVITATION_ID, ORGANISATION_ID, "00000000-0000-4000-8000-000000000a04",
                        "削除済みユーザー-3f9a1c2b", AT, "secretariat"),
                new YouthParticipantErased("7d6c5b4a-3928-4f17-8e6d-5c4b3a291807",
                        "00000000-0000-4000-8000-000000000a21", "削除済みユーザー-5e1d0c3a", AT,
                        "00000000-0000-4000-8000-000000000a02"),
                new MeetingReminderDue(MEETING_ID, "脱炭素に関する意見交換会", AT, AT.plusSeconds(7200), "品川区役所 第二庁舎",
                        null, List.of("00000000-0000-4000-8000-000000000a04"), AT),
                new DigestCompiled("2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091", "00000000-0000-4000-8000-000000000a04",
                        LocalDate.of(2025, 5, 11), List.of(new DigestCompiled.Entry("MINUTES_APPROVED",
                        "脱炭素に関する意見交換会", AT)), AT));
    }

    static final String WORKING_GROUP_ID = "6c5b4a39-2817-4f6e-9d5c-4b3a29180f7e";
    static final String MEETING_ID = "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091";
    static final String ACTION_ITEM_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    static List<DomainEvent> cityLab() {
        String invitationId = "6c5b4a39-2817-4f6e-9d5c-4b3a29180f7e";
        String experimentId = "9e8d7c6b-5a49-4382-a1f0-e9d8c7b6a594";
        String testFieldId = "2f1e0d9c-8b7a-4968-b5a4-f3e2d1c0b9a8";
        Instant deadline = Instant.parse("2025-07-31T15:00:00Z");
        return List.of(
                new MatchSuggested(CHALLENGE_ID, ORGANISATION_ID, 1, SEED_ID, List.of("8.3"), 42, AT),
                new ChallengeDrafted(CHALLENGE_ID, DEPARTMENT_ID, "商店街の空き店舗の活用", List.of("8.3", "11.3"), ISSUE_ID, AT),
                new ChallengeRefinementStarted(CHALLENGE_ID, AT, "secretariat"),
                new ChallengeSignoffRequested(CHALLENGE_ID, DEPARTMENT_ID, 2, AT, "secretariat"),
                new ChallengeSentBack(CHALLENGE_ID, DEPARTMENT_ID, AT, "staff"),
                new ChallengeRefined(CHALLENGE_ID, 2, "商店街の空き店舗の活用", "期間限定店舗による回遊性の向上", AT, "secretariat"),
                new ChallengeSignedOff(CHALLENGE_ID, DEPARTMENT_ID, AT, "staff"),
                new ChallengePublished(CHALLENGE_ID, DEPARTMENT_ID, "商店街の空き店舗の活用", List.of("8.3", "11.3"),
                        3_000_000L, deadline, ISSUE_ID, AT, "secretariat"),
                new ChallengeClosed(CHALLENGE_ID, ClosingReason.DEADLINE, deadline, "system"),
                new ChallengeArchived(CHALLENGE_ID, AT, "secretariat"),
                new ProposalSubmitted(PROPOSAL_ID, CHALLENGE_ID, ORGANISATION_ID, "ポップアップ店舗の循環運営",
                        List.of("8.3"), 2_500_000L, AT),
                new ProposalWithdrawn(PROPOSAL_ID, CHALLENGE_ID, ORGANISATION_ID, AT, "member"),
                new ProposalShortlisted(PROPOSAL_ID, CHALLENGE_ID, ORGANISATION_ID, AT, "secretariat"),
                new ProposalAdopted(PROPOSAL_ID, CHALLENGE_ID, ORGANISATION_ID, "ポップアップ店舗の循環運営", AT, "staff"),
                new ProposalDeclined(PROPOSAL_ID, CHALLENGE_ID, ORGANISATION_ID, "費用対効果の根拠が不足しています。", AT, "staff"),
                new InvitationSent(invitationId, CHALLENGE_ID, ORGANISATION_ID, SEED_ID, AT, "secretariat"),
                new InvitationOutcome(invitationId, CHALLENGE_ID, ORGANISATION_ID, InvitationOutcomeKind.PROPOSED,
                        PROPOSAL_ID, AT),
                new CollaborationProjectStarted(PROJECT_ID, ProjectOrigin.CHALLENGE, CHALLENGE_ID, null, ISSUE_ID,
                        "空き店舗ポップアップ連携事業", List.of(ORGANISATION_ID), DEPARTMENT_ID, List.of("8.3", "11.3"),
                        LocalDate.of(2025, 6, 1), AT),
                new CollaborationProjectCompleted(PROJECT_ID, "3店舗で延べ1,200人が来店しました。", LocalDate.of(2026, 3, 31),
                        AT, "secretariat"),
                new ExperimentProposed(experimentId, ORGANISATION_ID, "自動配送ロボットの公道実証", testFieldId,
                        List.of("9.1", "11.2"), AT),
                new ExperimentHostAssigned(experimentId, DEPARTMENT_ID, AT, "secretariat"),
                new ExperimentAgreed(experimentId, ORGANISATION_ID, DEPARTMENT_ID, "自動配送ロボットの公道実証", AT, "staff"),
                new ExperimentDeclined(experimentId, DEPARTMENT_ID, "当該期間は道路工事のため提供できません。", AT, "staff",
                        ORGANISATION_ID));
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
                new DeclarationReportDue(declaration, ORGANISATION_ID, number, 2025, LocalDate.of(2026, 6, 30), AT),
                new DeclarationReportOverdue(declaration, ORGANISATION_ID, number, 2025, LocalDate.of(2026, 6, 30), AT),
                new DeclarationLapsed(declaration, ORGANISATION_ID, number, LapseReason.REPORT_NOT_FILED, 2025, AT),
                new DeclarationRenewed(declaration, ORGANISATION_ID, number, 2030, AT, "member-hanako"),
                new DeclarationRevoked(declaration, ORGANISATION_ID, number, "宣言内容と異なる事業活動が確認されたため。", AT, "secretariat"),
                new ComplaintDecided("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", declaration, ORGANISATION_ID,
                        ComplaintOutcome.REMEDY_REQUIRED, AT, "secretariat"));
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
                new ResolutionRecorded("1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b", call, "2025年度 ウェルビーイング・SDGs推進事業 公募",
                        LocalDate.parse("2025-07-15"), List.of("品川 一郎（委員長）", "大崎 花子"),
                        "申請4件の審査結果を踏まえ、上位3件への助成を決定する。", List.of(ORGANISATION_ID), AT, "secretariat"),
                new ResolutionRecorded("2f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5b6c", call, "2025年度 ウェルビーイング・SDGs推進事業 公募",
                        LocalDate.parse("2025-04-10"), List.of("品川 一郎（委員長）"), "募集要項を原案どおり承認する。",
                        List.of(), AT, "secretariat"),
                new ApplicationSubmitted(application, call, ORGANISATION_ID, "商店街の高齢者見守りネットワーク",
                        List.of("3.8", "11.7"), 2_400_000L, 1_600_000L, AT, "5b0e3c1a-2f4d-4e8a-9c7b-1d2e3f4a5b6c"),
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

    static List<DomainEvent> attachmentRemovals() {
        String attachment = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";
        String sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        return List.of(
                new jp.kyoso.events.citylab.ProposalAttachmentRemoved(attachment, "proposal", PROPOSAL_ID,
                        ORGANISATION_ID, "事業計画書.pdf", sha256, 482_113L, AT, "member"),
                new jp.kyoso.events.citylab.ExperimentAttachmentRemoved(attachment, "experiment", PROPOSAL_ID,
                        ORGANISATION_ID, "実験計画.docx", sha256, 48_211L, AT, "member"),
                new jp.kyoso.events.fund.ApplicationAttachmentRemoved(attachment, "finalreport", PROPOSAL_ID,
                        ORGANISATION_ID, "収支報告.xlsx", sha256, 28_004L, AT, "member"),
                new jp.kyoso.events.declarations.DeclarationAttachmentRemoved(attachment, "evidence", PROPOSAL_ID,
                        ORGANISATION_ID, "取組写真.jpg", sha256, 1_204_551L, AT, "member"));
    }
}
