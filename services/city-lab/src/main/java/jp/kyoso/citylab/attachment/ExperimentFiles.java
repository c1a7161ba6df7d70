package jp.kyoso.citylab.attachment;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import jp.kyoso.attachments.Attachment;
import jp.kyoso.attachments.AttachmentLimits;
import jp.kyoso.attachments.AttachmentOwner;
import jp.kyoso.citylab.experiment.ExperimentService;
import jp.kyoso.citylab.experiment.ExperimentStatus;
import jp.kyoso.citylab.experiment.FieldExperiment;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.events.citylab.ExperimentAttachmentRemoved;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.security.CurrentUser;

/**
 * A field-experiment proposal's plan and pictures: read like the experiment (proposer, secretariat, departments asked
 * to host), changed by its proposer until a department agrees or all decline.
 */
@Singleton
public class ExperimentFiles implements AttachmentOwner {

    static final AttachmentLimits LIMITS = AttachmentLimits.documents(10, 5);

    private final ExperimentService experiments;

    public ExperimentFiles(ExperimentService experiments) {
        this.experiments = experiments;
    }

    @Override
    public String kind() {
        return "experiment";
    }

    @Override
    public AttachmentLimits limits() {
        return LIMITS;
    }

    @Override
    public void requireReadable(UUID ownerId, CurrentUser user) {
        experiments.get(ownerId, user);
    }

    @Override
    public UUID requireWritable(UUID ownerId, CurrentUser user) {
        FieldExperiment experiment = experiments.get(ownerId, user);
        if (!experiment.belongsTo(user.organisationId())) {
            throw new ForbiddenException("attachment.notOwner");
        }
        if (experiment.status() != ExperimentStatus.PROPOSED && experiment.status() != ExperimentStatus.HOSTS_ASSIGNED) {
            throw new ConflictException("attachment.closed");
        }
        return experiment.organisationId();
    }

    @Override
    public DomainEvent removed(Attachment attachment, String removedBy, Instant removedAt) {
        return new ExperimentAttachmentRemoved(attachment.id().toString(), attachment.ownerKind(),
                attachment.ownerId().toString(), attachment.organisationId().toString(), attachment.fileName(),
                attachment.sha256(), attachment.sizeBytes(), removedAt, removedBy);
    }
}
