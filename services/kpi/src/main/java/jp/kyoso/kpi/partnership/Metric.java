package jp.kyoso.kpi.partnership;

/** The partnership KPIs the projection counts; each fact belongs to one. */
public enum Metric {
    /** 会員団体数: organisations approved as platform members, by organisation type. */
    MEMBER_ORGANISATIONS,
    /** 課題抽出: local issues raised on the board, by source (member post or meeting action item). */
    ISSUES_RAISED,
    /** Issues the secretariat promoted to a City Lab challenge. */
    ISSUES_PROMOTED
}
