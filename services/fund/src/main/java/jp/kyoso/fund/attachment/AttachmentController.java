package jp.kyoso.fund.attachment;

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

/**
 * Files on fund applications ({@code /attachments}) and on their final reports ({@code /report/attachments}):
 * multipart upload (field {@code file}), list, download under the original name, removal.
 */
@Controller("/api/fund/applications/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "attachments", description = "添付ファイル — files on applications and final reports")
public class AttachmentController {

    private final Attachments attachments;
    private final ApplicationFiles applications;
    private final FinalReportFiles reports;

    public AttachmentController(Attachments attachments, ApplicationFiles applications, FinalReportFiles reports) {
        this.attachments = attachments;
        this.applications = applications;
        this.reports = reports;
    }

    @Post(value = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.MEMBER)
    @Operation(summary = "Attach a file to a draft application (applicant; PDF, Office or picture, 20 MB, 10 files)")
    public HttpResponse<AttachmentView> uploadToApplication(UUID id, CompletedFileUpload file, CurrentUser user) {
        return created(id, "/attachments/", attachments.upload(applications, id, file, user));
    }

    @Get("/attachments")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "An application's files (applicant, secretariat, committee members the review rules admit)")
    public List<AttachmentView> ofApplication(UUID id, CurrentUser user) {
        return AttachmentView.of(attachments.list(applications, id, user));
    }

    @Get("/attachments/{attachmentId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Download an application's file under its original name")
    public HttpResponse<StreamedFile> downloadFromApplication(UUID id, UUID attachmentId, CurrentUser user) {
        return AttachmentResponses.download(attachments.open(applications, id, attachmentId, user));
    }

    @Delete("/attachments/{attachmentId}")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Remove a file from a draft application (applicant; recorded as an event)")
    public HttpResponse<Void> removeFromApplication(UUID id, UUID attachmentId, CurrentUser user) {
        attachments.remove(applications, id, attachmentId, user);
        return HttpResponse.noContent();
    }

    @Post(value = "/report/attachments", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.MEMBER)
    @Operation(summary = "Attach a file to the final report of an awarded grant (grantee; 20 MB, 10 files)")
    public HttpResponse<AttachmentView> uploadToReport(UUID id, CompletedFileUpload file, CurrentUser user) {
        return created(id, "/report/attachments/", attachments.upload(reports, id, file, user));
    }

    @Get("/report/attachments")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "A final report's files (as the application's)")
    public List<AttachmentView> ofReport(UUID id, CurrentUser user) {
        return AttachmentView.of(attachments.list(reports, id, user));
    }

    @Get("/report/attachments/{attachmentId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Download a final report's file under its original name")
    public HttpResponse<StreamedFile> downloadFromReport(UUID id, UUID attachmentId, CurrentUser user) {
        return AttachmentResponses.download(attachments.open(reports, id, attachmentId, user));
    }

    @Delete("/report/attachments/{attachmentId}")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Remove a file from a final report (grantee; recorded as an event)")
    public HttpResponse<Void> removeFromReport(UUID id, UUID attachmentId, CurrentUser user) {
        attachments.remove(reports, id, attachmentId, user);
        return HttpResponse.noContent();
    }

    private static HttpResponse<AttachmentView> created(UUID applicationId, String collection, Attachment attachment) {
        return HttpResponse.created(AttachmentView.of(attachment),
                URI.create("/api/fund/applications/" + applicationId + collection + attachment.id()));
    }
}
