package jp.kyoso.kpi.meeting;

import io.micronaut.core.annotation.Introspected;

/** Meetings and participants of one kind of meeting in a fiscal year. */
@Introspected
public record MeetingKindTotal(String kind, long meetings, long participants) {
}
