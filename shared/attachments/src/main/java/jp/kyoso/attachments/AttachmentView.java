package jp.kyoso.attachments;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An attachment as the API shows it: no object key, no organisation id. */
@Serdeable
public record AttachmentView(UUID id, String fileName, String mediaType, long sizeBytes, String sha256,
                             String uploadedBy, Instant uploadedAt) {

    public static AttachmentView of(Attachment attachment) {
        return new AttachmentView(attachment.id(), attachment.fileName(), attachment.mediaType(),
                attachment.sizeBytes(), attachment.sha256(), attachment.uploadedBy(), attachment.uploadedAt());
    }

    public static List<AttachmentView> of(List<Attachment> attachments) {
        return attachments.stream().map(AttachmentView::of).toList();
    }
}
