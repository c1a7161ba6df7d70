package jp.kyoso.citylab.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.citylab.shared.Access;
import jp.kyoso.citylab.shared.Ids;
import jp.kyoso.citylab.shared.Rules;
import jp.kyoso.events.citylab.CollaborationProjectCompleted;
import jp.kyoso.events.citylab.CollaborationProjectStarted;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;

/** Collaboration projects (連携事業): a public list, and completion with a short result report. */
@Singleton
public class ProjectService {

    private final CollaborationProjectRepository projects;
    private final Outbox outbox;
    private final Clock clock;

    public ProjectService(CollaborationProjectRepository projects, Outbox outbox, Clock clock) {
        this.projects = projects;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<CollaborationProject> list(@Nullable Integer fiscalYear, @Nullable ProjectStatus status,
                                           Pageable pageable) {
        if (fiscalYear != null && status != null) {
            return projects.findByFiscalYearAndStatus(fiscalYear, status, pageable);
        }
        if (fiscalYear != null) {
            return projects.findByFiscalYear(fiscalYear, pageable);
        }
        return status == null ? projects.findAll(pageable) : projects.findByStatus(status, pageable);
    }

    @Transactional(readOnly = true)
    public CollaborationProject get(UUID id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException("resource.project", id.toString()));
    }

    /** The secretariat or the project's department reports the result. */
    @Transactional
    public CollaborationProject complete(UUID id, String report, CurrentUser user) {
        CollaborationProject project = get(id);
        if (!Access.isOfficeOrStaffOf(user, project.departmentId())) {
            throw new ForbiddenException("project.notResponsible");
        }
        Instant now = clock.instant();
        CollaborationProject completed = Rules.apply("project",
                () -> projects.update(project.complete(report.strip(), user.username(), now)));
        outbox.append(new CollaborationProjectCompleted(id.toString(), completed.resultReport(),
                completed.completedOn(), now, user.username()));
        return completed;
    }

    /**
     * An adopted proposal or an agreed field experiment starts a project: stored with its event in the transaction
     * of the decision that started it.
     */
    @Transactional
    public CollaborationProject start(CollaborationProject project) {
        CollaborationProject started = projects.save(project);
        outbox.append(new CollaborationProjectStarted(started.id().toString(), started.origin(),
                Ids.text(started.challengeId()), Ids.text(started.experimentId()), Ids.text(started.originIssueId()),
                started.title(), started.partnerList(), Ids.text(started.departmentId()), started.sdgTargetList(),
                started.startedOn(), started.startedAt()));
        return started;
    }
}
