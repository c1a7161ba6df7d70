package jp.kyoso.fund.resolution;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.fund.application.CallService;
import jp.kyoso.web.problem.InvalidInputException;

/** Records the committee's resolutions on a call; a meeting cannot be later than today in Tokyo. */
@Singleton
public class Resolutions {

    private final ResolutionRepository resolutions;
    private final CallService calls;
    private final Clock clock;

    public Resolutions(ResolutionRepository resolutions, CallService calls, Clock clock) {
        this.resolutions = resolutions;
        this.calls = calls;
        this.clock = clock;
    }

    @Transactional
    public CommitteeResolution record(UUID callId, ResolutionRequest request, String by) {
        calls.get(callId);
        if (request.meetingDate().isAfter(LocalDate.now(clock.withZone(FiscalYear.TOKYO)))) {
            throw InvalidInputException.of("meetingDate", "fund.resolution.meetingInFuture");
        }
        String members = String.join(CommitteeResolution.SEPARATOR,
                request.membersPresent().stream().map(String::strip).toList());
        return resolutions.save(new CommitteeResolution(UUID.randomUUID(), callId, request.meetingDate(), members,
                request.result().strip(), by, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<CommitteeResolution> ofCall(UUID callId) {
        return resolutions.ofCall(callId);
    }
}
