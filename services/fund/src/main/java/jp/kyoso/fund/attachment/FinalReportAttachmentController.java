package jp.kyoso.fund.attachment;

import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoso.attachments.AttachmentRoutes;
import jp.kyoso.attachments.Attachments;

/**
 * Files on the final report of an awarded grant, with {@link FinalReportFiles}' rights: read as the application is
 * read; added and removed by the grantee once the grant is awarded.
 */
@Controller(FinalReportAttachmentController.PATH)
@Tag(name = "attachments", description = "添付ファイル — files on applications and final reports")
public class FinalReportAttachmentController extends AttachmentRoutes {

    static final String PATH = "/api/fund/applications/{id}/report/attachments";

    public FinalReportAttachmentController(Attachments attachments, FinalReportFiles reports) {
        super(attachments, reports, PATH);
    }
}
