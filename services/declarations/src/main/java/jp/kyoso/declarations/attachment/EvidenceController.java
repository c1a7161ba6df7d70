package jp.kyoso.declarations.attachment;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import jp.kyoso.attachments.Attachment;
import jp.kyoso.attachments.AttachmentResponses;
import jp.kyoso.attachments.AttachmentView;
import jp.kyoso.attachments.Attachments;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/** Evidence on a declaration: multipart upload (field {@code file}), list, download, removal. */
@Controller("/api/declarations/{id}/evidence")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "evidence", description = "根拠資料 — evidence files on declarations")
public class EvidenceController {

    private final Attachments attachments;
    private final EvidenceFiles evidence;

    public EvidenceController(Attachments attachments, EvidenceFiles evidence) {
        this.attachments = attachments;
        this.evidence = evidence;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.MEMBER)
    @Operation(summary = "Attach evidence (declarant; PDF, Office or picture, 10 MB, 10 files)")
    public HttpResponse<AttachmentView> upload(UUID id, CompletedFileUpload file, CurrentUser user) {
        Attachment attachment = attachments.upload(evidence, id, file, user);
        return HttpResponse.created(AttachmentView.of(attachment),
                URI.create("/api/declarations/" + id + "/evidence/" + attachment.id()));
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "A declaration's evidence (declarant and secretariat)")
    public List<AttachmentView> list(UUID id, CurrentUser user) {
        return AttachmentView.of(attachments.list(evidence, id, user));
    }

    @Get("/{attachmentId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Download evidence under its original name")
    public HttpResponse<StreamedFile> download(UUID id, UUID attachmentId, CurrentUser user) {
        return AttachmentResponses.download(attachments.open(evidence, id, attachmentId, user));
    }

    @Delete("/{attachmentId}")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Remove evidence (declarant; recorded as an event)")
    public HttpResponse<Void> remove(UUID id, UUID attachmentId, CurrentUser user) {
        attachments.remove(evidence, id, attachmentId, user);
        return HttpResponse.noContent();
    }
}
