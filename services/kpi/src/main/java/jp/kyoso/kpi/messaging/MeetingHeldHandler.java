package jp.kyoso.kpi.messaging;

import jakarta.inject.Singleton;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.MeetingHeld;
import jp.kyoso.kpi.application.MeetingKpiQueries;
import jp.kyoso.kpi.domain.MeetingFact;
import jp.kyoso.messaging.inbox.EventHandler;

/** A meeting held counts once, with its participants, in the fiscal year of its date in Tokyo. */
@Singleton
public class MeetingHeldHandler implements EventHandler<MeetingHeld> {

    private final MeetingKpiQueries meetings;

    public MeetingHeldHandler(MeetingKpiQueries meetings) {
        this.meetings = meetings;
    }

    @Override
    public Class<MeetingHeld> eventClass() {
        return MeetingHeld.class;
    }

    @Override
    public void handle(MeetingHeld event, EventEnvelope envelope) {
        meetings.record(MeetingFact.of(event.meetingId(), envelope.id(), event.workingGroupId(), event.kind().name(),
                event.heldOn(), event.participantCount(), event.recordedAt()));
    }
}
