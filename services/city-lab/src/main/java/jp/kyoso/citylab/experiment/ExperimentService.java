package jp.kyoso.citylab.experiment;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import jp.kyoso.citylab.organisation.OrganisationDirectory;
import jp.kyoso.citylab.project.CollaborationProject;
import jp.kyoso.citylab.project.ProjectService;
import jp.kyoso.citylab.shared.Access;
import jp.kyoso.citylab.shared.FieldErrors;
import jp.kyoso.citylab.shared.Ids;
import jp.kyoso.citylab.shared.Rules;
import jp.kyoso.events.citylab.ExperimentAgreed;
import jp.kyoso.events.citylab.ExperimentDeclined;
import jp.kyoso.events.citylab.ExperimentHostAssigned;
import jp.kyoso.events.citylab.ExperimentProposed;
import jp.kyoso.messaging.outbox.Outbox;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * Field-experiment proposals (実証実験提案型) and the test-field catalogue: members propose, the secretariat assigns
 * host departments, their staff accept (an agreement that starts a collaboration project) or decline with a reason.
 */
@Singleton
public class ExperimentService {

    private final FieldExperimentRepository experiments;
    private final HostAssignmentRepository hosts;
    private final TestFieldRepository fields;
    private final OrganisationDirectory organisations;
    private final ProjectService projects;
    private final Outbox outbox;
    private final Clock clock;

    public ExperimentService(FieldExperimentRepository experiments, HostAssignmentRepository hosts,
                             TestFieldRepository fields, OrganisationDirectory organisations,
                             ProjectService projects, Outbox outbox, Clock clock) {
        this.experiments = experiments;
        this.hosts = hosts;
        this.fields = fields;
        this.organisations = organisations;
        this.projects = projects;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The department of the calling staff member offers a field. */
    @Transactional
    public TestField offerField(TestField field, CurrentUser user) {
        if (user.organisationId() == null) {
            throw new ForbiddenException("challenge.noDepartment");
        }
        return fields.save(new TestField(UUID.randomUUID(), UUID.fromString(user.organisationId()), field.name(),
                field.facilityType(), field.area(), field.description(), field.dataAvailable(),
                field.residentMonitors(), clock.instant(), user.username()));
    }

    @Transactional(readOnly = true)
    public Page<TestField> fields(UUID department, Pageable pageable) {
        return department == null ? fields.findAll(pageable) : fields.findByDepartmentId(department, pageable);
    }

    @Transactional
    public FieldExperiment propose(ExperimentPlan plan, CurrentUser user) {
        if (user.organisationId() == null) {
            throw new ForbiddenException("proposal.noOrganisation");
        }
        UUID organisation = UUID.fromString(user.organisationId());
        if (!organisations.isApproved(organisation)) {
            throw new ForbiddenException("proposal.organisationNotApproved");
        }
        FieldErrors errors = new FieldErrors();
        List<String> targets = errors.sdgTargets("sdgTargets", plan.sdgTargets(), true);
        if (plan.periodTo().isBefore(plan.periodFrom())) {
            errors.add("periodTo", "period.endBeforeStart");
        }
        if (plan.testFieldId() != null && !fields.existsById(plan.testFieldId())) {
            errors.add("testFieldId", "Invalid");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        FieldExperiment experiment = experiments.save(FieldExperiment.proposed(UUID.randomUUID(), organisation,
                new ExperimentPlan(plan.title(), plan.hypothesis(), plan.facilityType(), plan.area(),
                        plan.dataNeeded(), plan.residentMonitors(), plan.periodFrom(), plan.periodTo(),
                        plan.risksAndSafety(), plan.personalDataHandling(), targets, plan.testFieldId()),
                user.username(), now));
        outbox.append(new ExperimentProposed(experiment.id().toString(), organisation.toString(), experiment.title(),
                Ids.text(experiment.testFieldId()), experiment.sdgTargetList(), now));
        return experiment;
    }

    /** The proposer, the secretariat and departments asked to host it; nobody else. */
    @Transactional(readOnly = true)
    public FieldExperiment get(UUID id, CurrentUser user) {
        FieldExperiment experiment = find(id);
        if (!experiment.belongsTo(user.organisationId()) && !Access.isOffice(user) && !isAskedToHost(id, user)) {
            throw new ForbiddenException("experiment.confidential");
        }
        return experiment;
    }

    @Transactional(readOnly = true)
    public List<HostAssignment> hosts(UUID id) {
        return hosts.findByExperimentIdOrderByAssignedAt(id);
    }

    @Transactional(readOnly = true)
    public Page<FieldExperiment> list(CurrentUser user, Pageable pageable) {
        if (Access.isOffice(user)) {
            return experiments.findAll(pageable);
        }
        if (user.organisationId() == null) {
            throw new ForbiddenException("experiment.confidential");
        }
        UUID organisation = UUID.fromString(user.organisationId());
        return user.has(Roles.STAFF) ? experiments.findHostedBy(organisation, Pageable.from(pageable.getNumber(),
                pageable.getSize())) : experiments.findByOrganisationId(organisation, pageable);
    }

    @Transactional
    public FieldExperiment assignHost(UUID id, UUID department, CurrentUser user) {
        FieldExperiment experiment = find(id);
        if (hosts.findByExperimentIdAndDepartmentId(id, department).isPresent()) {
            throw new ConflictException("experiment.hostAlreadyAssigned");
        }
        FieldExperiment assigned = change(experiment::hostAssigned);
        Instant now = clock.instant();
        hosts.save(HostAssignment.assigned(id, department, user.username(), now));
        outbox.append(new ExperimentHostAssigned(id.toString(), department.toString(), now, user.username()));
        return assigned;
    }

    /** The host's acceptance is the agreement: the experiment and its collaboration project commit together. */
    @Transactional
    public FieldExperiment accept(UUID id, CurrentUser user) {
        FieldExperiment experiment = find(id);
        HostAssignment assignment = assignmentOf(id, user);
        Instant now = clock.instant();
        UUID projectId = UUID.randomUUID();
        FieldExperiment agreed = Rules.apply("experiment", () -> experiments.update(
                experiment.agreed(assignment.departmentId(), projectId)));
        Rules.apply("experiment", () -> hosts.update(assignment.accept(user.username(), now)));
        outbox.append(new ExperimentAgreed(id.toString(), agreed.organisationId().toString(),
                assignment.departmentId().toString(), agreed.title(), now, user.username()));
        projects.start(CollaborationProject.fromExperiment(projectId, id, agreed.title(), agreed.organisationId(),
                assignment.departmentId(), agreed.sdgTargets(), agreed.periodFrom(), agreed.periodTo(), now));
        return agreed;
    }

    @Transactional
    public FieldExperiment decline(UUID id, String reason, CurrentUser user) {
        FieldExperiment experiment = find(id);
        HostAssignment assignment = assignmentOf(id, user);
        Instant now = clock.instant();
        Rules.apply("experiment", () -> hosts.update(assignment.decline(reason.strip(), user.username(), now)));
        outbox.append(new ExperimentDeclined(id.toString(), assignment.departmentId().toString(), reason.strip(), now,
                user.username(), experiment.organisationId().toString()));
        boolean everyoneDeclined = hosts.findByExperimentIdOrderByAssignedAt(id).stream()
                .allMatch(host -> host.status() == HostStatus.DECLINED);
        return everyoneDeclined ? change(experiment::allHostsDeclined) : experiment;
    }

    private HostAssignment assignmentOf(UUID id, CurrentUser user) {
        if (user.organisationId() == null) {
            throw new ForbiddenException("experiment.notHost");
        }
        return hosts.findByExperimentIdAndDepartmentId(id, UUID.fromString(user.organisationId()))
                .orElseThrow(() -> new ForbiddenException("experiment.notHost"));
    }

    private boolean isAskedToHost(UUID id, CurrentUser user) {
        return user.has(Roles.STAFF) && user.organisationId() != null
                && hosts.findByExperimentIdAndDepartmentId(id, UUID.fromString(user.organisationId())).isPresent();
    }

    private FieldExperiment change(Supplier<FieldExperiment> next) {
        return Rules.apply("experiment", () -> experiments.update(next.get()));
    }

    private FieldExperiment find(UUID id) {
        return experiments.findById(id).orElseThrow(() -> new NotFoundException("resource.experiment", id.toString()));
    }
}
