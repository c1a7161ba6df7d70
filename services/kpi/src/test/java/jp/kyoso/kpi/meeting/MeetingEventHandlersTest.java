package jp.kyoso.kpi.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.EventEnvelope;
import jp.kyoso.events.cocreation.MeetingHeld;
import jp.kyoso.events.cocreation.MeetingKind;
import org.junit.jupiter.api.Test;
import jp.kyoso.kpi.projection.RecordedFacts;

/** A meeting held to its one fact, keyed by the meeting, in the fiscal year of its date rather than its record. */
class MeetingEventHandlersTest {

    @Test
    void aMeetingCountsInTheYearOfItsDateWithItsParticipants() {
        RecordedFacts recorded = new RecordedFacts();
        String meeting = UUID.randomUUID().toString();
        String group = UUID.randomUUID().toString();
        Instant recordedInApril = Instant.parse("2031-04-03T01:00:00Z");
        MeetingHeld held = new MeetingHeld(meeting, group, MeetingKind.EXCHANGE_OF_VIEWS, "意見交換会",
                LocalDate.of(2031, 3, 30), Instant.parse("2031-03-30T01:00:00Z"), 23, "staff", recordedInApril);
        EventEnvelope envelope = RecordedFacts.envelopeOf(held);

        assertEquals(List.of(new MeetingFact(meeting, envelope.id(), group, "EXCHANGE_OF_VIEWS",
                        LocalDate.of(2031, 3, 30), 2030, 23, recordedInApril)),
                recorded.of(new MeetingEventHandlers(recorded).meetingHeld(), held, envelope));
    }
}
