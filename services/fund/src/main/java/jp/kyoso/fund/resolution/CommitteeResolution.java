package jp.kyoso.fund.resolution;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A resolution of the executive committee on a call: when it met, who was present (one name per line, as the
 * minutes list them) and what it resolved. Append-only.
 */
@MappedEntity("committee_resolution")
public record CommitteeResolution(@Id UUID id, UUID callId, LocalDate meetingDate, String membersPresent,
                                  String result, String recordedBy, Instant recordedAt) {

    static final String SEPARATOR = "\n";

    public List<String> members() {
        return Arrays.stream(membersPresent.split(SEPARATOR)).filter(name -> !name.isBlank()).toList();
    }
}
