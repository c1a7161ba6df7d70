package jp.kyoso.citylab.experiment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A field-experiment proposal with the host departments asked and their answers (reasons included). */
@Serdeable
public record ExperimentView(UUID id, UUID organisationId, String title, String hypothesis, String facilityType,
                             String area, @Nullable String dataNeeded, boolean residentMonitors, LocalDate periodFrom,
                             LocalDate periodTo, String risksAndSafety, String personalDataHandling,
                             List<String> sdgTargets, @Nullable UUID testFieldId, ExperimentStatus status,
                             @Nullable UUID agreedDepartmentId, @Nullable UUID projectId, Instant proposedAt,
                             List<Host> hosts) {

    /** One department asked to host, and its answer. */
    @Serdeable
    public record Host(UUID departmentId, HostStatus status, @Nullable String reason, Instant assignedAt,
                       @Nullable Instant answeredAt) {
    }

    static ExperimentView of(FieldExperiment e, List<HostAssignment> hosts) {
        return new ExperimentView(e.id(), e.organisationId(), e.title(), e.hypothesis(), e.facilityType(), e.area(),
                e.dataNeeded(), e.residentMonitors(), e.periodFrom(), e.periodTo(), e.risksAndSafety(),
                e.personalDataHandling(), e.sdgTargetList(), e.testFieldId(), e.status(), e.agreedDepartmentId(),
                e.projectId(), e.proposedAt(), hosts.stream().map(h -> new Host(h.departmentId(), h.status(),
                        h.reason(), h.assignedAt(), h.answeredAt())).toList());
    }
}
