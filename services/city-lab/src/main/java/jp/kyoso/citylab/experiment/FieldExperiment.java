package jp.kyoso.citylab.experiment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kyoso.citylab.shared.SdgTargets;
import jp.kyoso.citylab.shared.TransitionException;

/**
 * A field-experiment proposal (実証実験提案型): a member asks for a field in the city; the secretariat assigns host
 * departments; the first to accept makes it an agreement, which starts a collaboration project.
 */
@MappedEntity("field_experiment")
public record FieldExperiment(
        @Id UUID id,
        UUID organisationId,
        String proposedBy,
        String title,
        String hypothesis,
        String facilityType,
        String area,
        @Nullable String dataNeeded,
        boolean residentMonitors,
        LocalDate periodFrom,
        LocalDate periodTo,
        String risksAndSafety,
        String personalDataHandling,
        String sdgTargets,
        @Nullable UUID testFieldId,
        ExperimentStatus status,
        @Nullable UUID agreedDepartmentId,
        @Nullable UUID projectId,
        Instant proposedAt,
        @Nullable @Version Long version) {

    public static FieldExperiment proposed(UUID id, UUID organisationId, ExperimentPlan plan, String by, Instant at) {
        return new FieldExperiment(id, organisationId, by, plan.title(), plan.hypothesis(), plan.facilityType(),
                plan.area(), plan.dataNeeded(), plan.residentMonitors(), plan.periodFrom(), plan.periodTo(),
                plan.risksAndSafety(), plan.personalDataHandling(), SdgTargets.join(plan.sdgTargets()),
                plan.testFieldId(), ExperimentStatus.PROPOSED, null, null, at, null);
    }

    public List<String> sdgTargetList() {
        return SdgTargets.split(sdgTargets);
    }

    /** Another department is asked; allowed until one has agreed (also after every earlier one declined). */
    public FieldExperiment hostAssigned() {
        if (status == ExperimentStatus.AGREED || status == ExperimentStatus.WITHDRAWN) {
            throw new TransitionException(status, "assignHost");
        }
        return withStatus(ExperimentStatus.HOSTS_ASSIGNED, null, null);
    }

    public FieldExperiment agreed(UUID department, UUID project) {
        if (status != ExperimentStatus.HOSTS_ASSIGNED) {
            throw new TransitionException(status, "accept");
        }
        return withStatus(ExperimentStatus.AGREED, department, project);
    }

    /** Every department asked has declined: the proposal rests until the secretariat asks another. */
    public FieldExperiment allHostsDeclined() {
        if (status != ExperimentStatus.HOSTS_ASSIGNED) {
            throw new TransitionException(status, "decline");
        }
        return withStatus(ExperimentStatus.DECLINED, null, null);
    }

    public boolean belongsTo(@Nullable String organisation) {
        return organisationId.toString().equals(organisation);
    }

    private FieldExperiment withStatus(ExperimentStatus next, @Nullable UUID department, @Nullable UUID project) {
        return new FieldExperiment(id, organisationId, proposedBy, title, hypothesis, facilityType, area, dataNeeded,
                residentMonitors, periodFrom, periodTo, risksAndSafety, personalDataHandling, sdgTargets,
                testFieldId, next, department, project, proposedAt, version);
    }
}
