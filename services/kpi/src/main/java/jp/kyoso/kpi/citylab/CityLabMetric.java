package jp.kyoso.kpi.citylab;

/** What the KPI projection counts from City Lab's events. */
public enum CityLabMetric {
    /** Challenges opened for proposals. */
    CHALLENGES_PUBLISHED,
    /** Proposals received (応募件数). */
    PROPOSALS_RECEIVED,
    /** Proposals adopted (採択件数). */
    PROPOSALS_ADOPTED,
    /** Proposals declined. */
    PROPOSALS_DECLINED,
    /** Field-experiment proposals (実証実験提案) received. */
    EXPERIMENTS_PROPOSED,
    /** Field experiments a department agreed to host. */
    EXPERIMENTS_AGREED,
    /** Invitations to propose the secretariat sent (concierge matching). */
    INVITATIONS_SENT,
    /** Invitations answered with a proposal. */
    INVITATIONS_CONVERTED,
    /** Invitations whose challenge closed without the invited organisation's proposal. */
    INVITATIONS_UNANSWERED,
    /** 新規産学官連携事業数: collaboration projects started, by origin, in the fiscal year of their start day. */
    PROJECTS_STARTED,
    /** Collaboration projects completed with a result report. */
    PROJECTS_COMPLETED
}
