package jp.kyoso.fund.resolution;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.events.FiscalYear;
import jp.kyoso.events.fund.ResolutionRecorded;
import jp.kyoso.fund.call.CallService;
import jp.kyoso.fund.call.FundCall;
import jp.kyoso.fund.grantapplication.ApplicationStatus;
import jp.kyoso.fund.grantapplication.GrantApplicationRepository;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.InvalidInputException;

/**
 * Records the committee's resolutions on a call; a meeting cannot be later than today in Tokyo. Each resolution is
 * published with the organisations whose applications are before the committee, so their timelines show it.
 */
@Singleton
public class Resolutions {

    /** Applications the committee deals with: eligible ones and those it decided (not drafts, withdrawn or ineligible). */
    private static final Set<ApplicationStatus> BEFORE_THE_COMMITTEE = EnumSet.of(ApplicationStatus.ELIGIBLE,
            ApplicationStatus.AWARDED, ApplicationStatus.REJECTED);

    private final ResolutionRepository resolutions;
    private final CallService calls;
    private final GrantApplicationRepository applications;
    private final Outbox outbox;
    private final Clock clock;

    public Resolutions(ResolutionRepository resolutions, CallService calls, GrantApplicationRepository applications,
                       Outbox outbox, Clock clock) {
        this.resolutions = resolutions;
        this.calls = calls;
        this.applications = applications;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public CommitteeResolution record(UUID callId, ResolutionRequest request, String by) {
        FundCall call = calls.get(callId);
        if (request.meetingOn().isAfter(LocalDate.now(clock.withZone(FiscalYear.TOKYO)))) {
            throw InvalidInputException.of("meetingOn", "fund.resolution.meetingInFuture");
        }
        String members = String.join(CommitteeResolution.SEPARATOR,
                request.membersPresent().stream().map(String::strip).toList());
        CommitteeResolution recorded = resolutions.save(new CommitteeResolution(UUID.randomUUID(), callId,
                request.meetingOn(), members, request.result().strip(), by, clock.instant()));
        List<String> applicants = applications.findByCallIdAndStatusIn(callId, BEFORE_THE_COMMITTEE).stream()
                .map(application -> application.organisationId().toString()).distinct().sorted().toList();
        outbox.append(new ResolutionRecorded(recorded.id().toString(), callId.toString(), call.title(),
                recorded.meetingDate(), recorded.members(), recorded.result(), applicants, recorded.recordedAt(),
                by));
        return recorded;
    }

    @Transactional(readOnly = true)
    public List<CommitteeResolution> ofCall(UUID callId) {
        return resolutions.ofCall(callId);
    }
}
