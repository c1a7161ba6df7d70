package jp.kyoso.fund.attachment;

import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoso.attachments.AttachmentRoutes;
import jp.kyoso.attachments.Attachments;

/**
 * Files on a fund application, with {@link ApplicationFiles}' rights: read by the applicant, the secretariat and the
 * committee members the review rules admit (404 for another organisation); changed by the applicant while a draft.
 */
@Controller(ApplicationAttachmentController.PATH)
@Tag(name = "attachments", description = "添付ファイル — files on applications and final reports")
public class ApplicationAttachmentController extends AttachmentRoutes {

    static final String PATH = "/api/fund/applications/{id}/attachments";

    public ApplicationAttachmentController(Attachments attachments, ApplicationFiles applications) {
        super(attachments, applications, PATH);
    }
}
