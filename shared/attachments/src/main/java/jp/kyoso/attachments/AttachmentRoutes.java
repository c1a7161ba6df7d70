package jp.kyoso.attachments;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.http.uri.UriTemplate;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kyoso.web.security.CurrentUser;
import jp.kyoso.web.security.Roles;

/**
 * The four routes of one kind of thing that takes files, for a service's controller to inherit: multipart upload
 * (field {@code file}), list, download under the original name, removal. A subclass is only its {@code @Controller}
 * path, ending in the collection and holding the owner's id as {@code {id}}, and its {@link AttachmentOwner}: who
 * reads and writes, and whether a stranger gets 403 or the thing's own 404, are the owner's to say, never the route's.
 */
public abstract class AttachmentRoutes {

    private final Attachments attachments;
    private final AttachmentOwner owner;
    private final UriTemplate collection;

    /**
     * @param collection the controller's path, e.g. {@code /api/declarations/{id}/evidence}: a new file's
     *                   {@code Location} is this path with the owner's id, then the file's id
     */
    protected AttachmentRoutes(Attachments attachments, AttachmentOwner owner, String collection) {
        this.attachments = attachments;
        this.owner = owner;
        this.collection = UriTemplate.of(collection);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.MEMBER)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Attach a file (PDF, Office or picture, within the kind's size and count; the owner's writer)")
    public HttpResponse<AttachmentView> upload(UUID id, CompletedFileUpload file, CurrentUser user) {
        Attachment attachment = attachments.upload(owner, id, file, user);
        return HttpResponse.created(AttachmentView.of(attachment),
                URI.create(collection.expand(Map.of("id", id)) + "/" + attachment.id()));
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "The files, oldest first (whoever may read the thing they are attached to)")
    public List<AttachmentView> list(UUID id, CurrentUser user) {
        return AttachmentView.of(attachments.list(owner, id, user));
    }

    @Get("/{attachmentId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Download a file under its original name")
    public HttpResponse<StreamedFile> download(UUID id, UUID attachmentId, CurrentUser user) {
        return AttachmentResponses.download(attachments.open(owner, id, attachmentId, user));
    }

    @Delete("/{attachmentId}")
    @Secured(Roles.MEMBER)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Remove a file (the owner's writer; recorded as an event)")
    public HttpResponse<Void> remove(UUID id, UUID attachmentId, CurrentUser user) {
        attachments.remove(owner, id, attachmentId, user);
        return HttpResponse.noContent();
    }
}
