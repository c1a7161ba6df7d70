package jp.kyoso.citylab.attachment;

import jakarta.inject.Singleton;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.attachments.AttachmentLimits;
import jp.kyoso.attachments.OrganisationFiles;
import jp.kyoso.citylab.experiment.ExperimentService;
import jp.kyoso.citylab.experiment.ExperimentStatus;
import jp.kyoso.citylab.experiment.FieldExperiment;
import jp.kyoso.events.citylab.ExperimentAttachmentRemoved;
import jp.kyoso.web.security.CurrentUser;

/**
 * A field-experiment proposal's plan and pictures: read like the experiment (proposer, secretariat, departments asked
 * to host), changed by its proposer until a department agrees or all decline.
 */
@Singleton
public class ExperimentFiles extends OrganisationFiles<FieldExperiment> {

    static final AttachmentLimits LIMITS = AttachmentLimits.documents(10, 5);

    private static final Set<ExperimentStatus> OPEN = Set.of(ExperimentStatus.PROPOSED, ExperimentStatus.HOSTS_ASSIGNED);

    private final ExperimentService experiments;

    public ExperimentFiles(ExperimentService experiments) {
        super("experiment", LIMITS, ExperimentAttachmentRemoved::new);
        this.experiments = experiments;
    }

    @Override
    protected FieldExperiment readable(UUID ownerId, CurrentUser user) {
        return experiments.get(ownerId, user);
    }

    @Override
    protected UUID organisationOf(FieldExperiment experiment) {
        return experiment.organisationId();
    }

    @Override
    protected boolean open(FieldExperiment experiment) {
        return OPEN.contains(experiment.status());
    }
}
