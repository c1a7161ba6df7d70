package jp.kyoso.events.fund;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.EventType;
import jp.kyoso.events.Topics;

/**
 * The secretariat recorded a resolution of the executive committee (実行委員会の議決) on a call, from its minutes.
 * Keyed by the call, so it is ordered with the call's own events. {@code applicantOrganisationIds} are the
 * organisations whose applications were before the committee when it was recorded (eligible or already decided);
 * empty for a resolution made before any application, such as approving the call's requirements.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@EventType(value = "jp.kyoso.fund.resolution.recorded.v1", topic = Topics.FUND_CALL)
public record ResolutionRecorded(
        String resolutionId,
        String callId,
        String callTitle,
        LocalDate meetingDate,
        List<String> membersPresent,
        String result,
        List<String> applicantOrganisationIds,
        Instant recordedAt,
        String recordedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return callId;
    }
}
