package jp.kyoso.kpi.meeting;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import jp.kyoso.events.cocreation.MeetingHeld;
import jp.kyoso.messaging.inbox.EventHandler;
import jp.kyoso.kpi.projection.FactHandler;
import jp.kyoso.kpi.projection.FactRecorder;

/** Meetings held: each counts once (keyed by the meeting), with its participants, in the fiscal year of its date. */
@Factory
public class MeetingEventHandlers {

    private final FactRecorder facts;

    public MeetingEventHandlers(FactRecorder facts) {
        this.facts = facts;
    }

    @Singleton
    EventHandler<MeetingHeld> meetingHeld() {
        return new FactHandler<>(MeetingHeld.class, (e, env) -> List.of(MeetingFact.of(e.meetingId(), env.id(),
                e.workingGroupId(), e.kind().name(), e.heldOn(), e.participantCount(), e.recordedAt())), facts);
    }
}
