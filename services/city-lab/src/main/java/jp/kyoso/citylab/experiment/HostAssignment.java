package jp.kyoso.citylab.experiment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.citylab.shared.RuleViolation;

/** The secretariat's request that a department host an experiment, and the department's answer with its reason. */
@MappedEntity("experiment_host")
public record HostAssignment(
        @Id UUID id,
        UUID experimentId,
        UUID departmentId,
        HostStatus status,
        @Nullable String reason,
        Instant assignedAt,
        String assignedBy,
        @Nullable Instant answeredAt,
        @Nullable String answeredBy) {

    public static HostAssignment assigned(UUID experimentId, UUID departmentId, String by, Instant at) {
        return new HostAssignment(UUID.randomUUID(), experimentId, departmentId, HostStatus.ASSIGNED, null, at, by,
                null, null);
    }

    public HostAssignment accept(String by, Instant at) {
        return answer(HostStatus.ACCEPTED, null, by, at);
    }

    public HostAssignment decline(String reason, String by, Instant at) {
        return answer(HostStatus.DECLINED, reason, by, at);
    }

    private HostAssignment answer(HostStatus answer, @Nullable String why, String by, Instant at) {
        if (status != HostStatus.ASSIGNED) {
            throw new RuleViolation("experiment.alreadyAnswered");
        }
        return new HostAssignment(id, experimentId, departmentId, answer, why, assignedAt, assignedBy, at, by);
    }
}
