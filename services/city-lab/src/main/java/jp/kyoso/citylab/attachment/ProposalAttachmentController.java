package jp.kyoso.citylab.attachment;

import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoso.attachments.AttachmentRoutes;
import jp.kyoso.attachments.Attachments;

/**
 * Files on a proposal, with {@link ProposalFiles}' rights: whoever may read the proposal reads them (a competitor gets
 * the proposal's 403); its proposer adds and removes them while it is open (10 MB, 5 files).
 */
@Controller(ProposalAttachmentController.PATH)
@Tag(name = "attachments", description = "添付ファイル — files on proposals and field experiments")
public class ProposalAttachmentController extends AttachmentRoutes {

    static final String PATH = "/api/citylab/proposals/{id}/attachments";

    public ProposalAttachmentController(Attachments attachments, ProposalFiles proposals) {
        super(attachments, proposals, PATH);
    }
}
