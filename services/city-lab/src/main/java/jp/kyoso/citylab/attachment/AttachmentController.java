package jp.kyoso.citylab.attachment;

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
 * Files on proposals and field-experiment proposals: multipart upload (field {@code file}), list, download under the
 * original name, removal. Whoever may read the proposal may read its files; a competitor gets the proposal's 403.
 */
@Controller("/api/citylab")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "attachments", description = "添付ファイル — files on proposals and field experiments")
public class AttachmentController {

    private final Attachments attachments;
    private final ProposalFiles proposals;
    private final ExperimentFiles experiments;

    public AttachmentController(Attachments attachments, ProposalFiles proposals, ExperimentFiles experiments) {
        this.attachments = attachments;
        this.proposals = proposals;
        this.experiments = experiments;
    }

    @Post(value = "/proposals/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.MEMBER)
    @Operation(summary = "Attach a file to an open proposal (proposer; PDF, Office or picture, 10 MB, 5 files)")
    public HttpResponse<AttachmentView> uploadToProposal(UUID id, CompletedFileUpload file, CurrentUser user) {
        return created("proposals", id, attachments.upload(proposals, id, file, user));
    }

    @Get("/proposals/{id}/attachments")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "A proposal's files (whoever may read the proposal)")
    public List<AttachmentView> ofProposal(UUID id, CurrentUser user) {
        return AttachmentView.of(attachments.list(proposals, id, user));
    }

    @Get("/proposals/{id}/attachments/{attachmentId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Download a proposal's file under its original name")
    public HttpResponse<StreamedFile> downloadFromProposal(UUID id, UUID attachmentId, CurrentUser user) {
        return AttachmentResponses.download(attachments.open(proposals, id, attachmentId, user));
    }

    @Delete("/proposals/{id}/attachments/{attachmentId}")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Remove a file from an open proposal (proposer; recorded as an event)")
    public HttpResponse<Void> removeFromProposal(UUID id, UUID attachmentId, CurrentUser user) {
        attachments.remove(proposals, id, attachmentId, user);
        return HttpResponse.noContent();
    }

    @Post(value = "/experiments/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.MEMBER)
    @Operation(summary = "Attach a file to a field-experiment proposal (proposer, until agreed or declined)")
    public HttpResponse<AttachmentView> uploadToExperiment(UUID id, CompletedFileUpload file, CurrentUser user) {
        return created("experiments", id, attachments.upload(experiments, id, file, user));
    }

    @Get("/experiments/{id}/attachments")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "A field-experiment proposal's files (proposer, secretariat, departments asked to host)")
    public List<AttachmentView> ofExperiment(UUID id, CurrentUser user) {
        return AttachmentView.of(attachments.list(experiments, id, user));
    }

    @Get("/experiments/{id}/attachments/{attachmentId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Download a field-experiment proposal's file under its original name")
    public HttpResponse<StreamedFile> downloadFromExperiment(UUID id, UUID attachmentId, CurrentUser user) {
        return AttachmentResponses.download(attachments.open(experiments, id, attachmentId, user));
    }

    @Delete("/experiments/{id}/attachments/{attachmentId}")
    @Secured(Roles.MEMBER)
    @Operation(summary = "Remove a file from a field-experiment proposal (proposer; recorded as an event)")
    public HttpResponse<Void> removeFromExperiment(UUID id, UUID attachmentId, CurrentUser user) {
        attachments.remove(experiments, id, attachmentId, user);
        return HttpResponse.noContent();
    }

    private static HttpResponse<AttachmentView> created(String collection, UUID ownerId, Attachment attachment) {
        return HttpResponse.created(AttachmentView.of(attachment),
                URI.create("/api/citylab/" + collection + "/" + ownerId + "/attachments/" + attachment.id()));
    }
}
