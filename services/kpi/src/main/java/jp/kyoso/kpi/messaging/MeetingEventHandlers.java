package jp.kyoso.kpi.messaging;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import jp.kyoso.events.cocreation.MeetingHeld;
import jp.kyoso.kpi.application.FactRecorder;
import jp.kyoso.kpi.domain.MeetingFact;
import jp.kyoso.messaging.inbox.EventHandler;

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
