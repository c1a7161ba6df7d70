package jp.kyoso.declarations.attachment;

import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.kyoso.attachments.AttachmentRoutes;
import jp.kyoso.attachments.Attachments;

/** Evidence on a declaration: upload, list, download and removal, with {@link EvidenceFiles}' rights. */
@Controller(EvidenceController.PATH)
@Tag(name = "evidence", description = "根拠資料 — evidence on a declaration (declarant and secretariat read, 404 for "
        + "anyone else; the declarant adds and removes; PDF, Office or picture, 10 MB, 10 files)")
public class EvidenceController extends AttachmentRoutes {

    static final String PATH = "/api/declarations/{id}/evidence";

    public EvidenceController(Attachments attachments, EvidenceFiles evidence) {
        super(attachments, evidence, PATH);
    }
}
