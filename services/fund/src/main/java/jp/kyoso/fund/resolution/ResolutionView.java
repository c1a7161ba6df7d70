package jp.kyoso.fund.resolution;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A resolution as the call's page shows it. */
@Serdeable
public record ResolutionView(UUID id, UUID callId, LocalDate meetingOn, List<String> membersPresent, String result,
                             Instant recordedAt) {

    static ResolutionView of(CommitteeResolution resolution) {
        return new ResolutionView(resolution.id(), resolution.callId(), resolution.meetingDate(),
                resolution.members(), resolution.result(), resolution.recordedAt());
    }
}
