package jp.kyoso.cocreation.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One revision of a meeting's minutes (議事録). */
@MappedEntity("meeting_minutes")
public record MeetingMinutes(
        @Id UUID id,
        UUID meetingId,
        int revision,
        String body,
        MinutesStatus status,
        String draftedBy,
        Instant draftedAt,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt) {

    /** The next draft after {@code latest} (null for the first one); approved minutes are final. */
    public static MeetingMinutes nextDraft(@Nullable MeetingMinutes latest, UUID meetingId, String body, String by,
                                           Instant at) {
        if (latest != null && latest.status == MinutesStatus.APPROVED) {
            throw new MeetingRuleException("minutes.alreadyApproved");
        }
        return new MeetingMinutes(UUID.randomUUID(), meetingId, latest == null ? 1 : latest.revision + 1, body,
                MinutesStatus.DRAFT, by, at, null, null);
    }

    /** Approves this revision, which must be the latest one the approver saw. */
    public MeetingMinutes approve(int expectedRevision, String by, Instant at) {
        if (status == MinutesStatus.APPROVED) {
            throw new MeetingRuleException("minutes.alreadyApproved");
        }
        if (revision != expectedRevision) {
            throw new MeetingRuleException("minutes.staleRevision", revision);
        }
        return new MeetingMinutes(id, meetingId, revision, body, MinutesStatus.APPROVED, draftedBy, draftedAt, by, at);
    }
}
