package jp.kyoso.citylab.attachment;

import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoso.attachments.AttachmentRoutes;
import jp.kyoso.attachments.Attachments;

/**
 * Files on a field-experiment proposal, with {@link ExperimentFiles}' rights: read by its proposer, the secretariat and
 * the departments asked to host; added and removed by the proposer until a department agrees or all decline.
 */
@Controller(ExperimentAttachmentController.PATH)
@Tag(name = "attachments", description = "添付ファイル — files on proposals and field experiments")
public class ExperimentAttachmentController extends AttachmentRoutes {

    static final String PATH = "/api/citylab/experiments/{id}/attachments";

    public ExperimentAttachmentController(Attachments attachments, ExperimentFiles experiments) {
        super(attachments, experiments, PATH);
    }
}
