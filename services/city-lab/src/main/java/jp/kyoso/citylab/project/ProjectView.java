package jp.kyoso.citylab.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kyoso.events.citylab.ProjectOrigin;

/** A collaboration project as anyone may read it. */
@Serdeable
public record ProjectView(UUID id, ProjectOrigin origin, @Nullable UUID challengeId, @Nullable UUID experimentId,
                          String title, List<String> partnerOrganisationIds, @Nullable UUID departmentId,
                          List<String> sdgTargets, @Nullable LocalDate periodFrom, @Nullable LocalDate periodTo,
                          LocalDate startedOn, int fiscalYear, ProjectStatus status, @Nullable String resultReport,
                          @Nullable LocalDate completedOn) {

    static ProjectView of(CollaborationProject p) {
        return new ProjectView(p.id(), p.origin(), p.challengeId(), p.experimentId(), p.title(), p.partnerList(),
                p.departmentId(), p.sdgTargetList(), p.periodFrom(), p.periodTo(), p.startedOn(), p.fiscalYear(),
                p.status(), p.resultReport(), p.completedOn());
    }
}
