package jp.kyoso.kpi.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.kpi.projection.Fact;

/** A meeting or exchange session that was held, with how many people took part; counted in its Tokyo fiscal year. */
@MappedEntity("meeting_fact")
public record MeetingFact(
        @Id String meetingId,
        String eventId,
        @Nullable String workingGroupId,
        String kind,
        LocalDate heldOn,
        int fiscalYear,
        int participantCount,
        Instant recordedAt) implements Fact {

    public static MeetingFact of(String meetingId, String eventId, @Nullable String workingGroupId, String kind,
                                 LocalDate heldOn, int participantCount, Instant recordedAt) {
        return new MeetingFact(meetingId, eventId, workingGroupId, kind, heldOn, FiscalYear.of(heldOn).year(),
                participantCount, recordedAt);
    }
}
