package jp.kyoso.attachments;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;

/** The HTTP answer for a download: streamed, under its original name, never sniffed into something else. */
public final class AttachmentResponses {

    private AttachmentResponses() {
    }

    public static HttpResponse<StreamedFile> download(Attachments.Download download) {
        Attachment attachment = download.attachment();
        return HttpResponse.ok(new StreamedFile(download.content(), MediaType.of(attachment.mediaType()),
                        attachment.uploadedAt().toEpochMilli(), attachment.sizeBytes()))
                .header("Content-Disposition", ContentDisposition.attachment(attachment.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store");
    }
}
