package jp.kyoso.attachments;

import jakarta.inject.Singleton;
import io.micronaut.http.multipart.CompletedFileUpload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.kyoso.web.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upload, list, download and removal of the files attached to a service's things, with that thing's rights.
 * An upload is checked in full (rights, count, size, name, content) before anything is stored; the object is written
 * before its row, and removed again if the row cannot be written, so a refused or failed upload leaves nothing.
 */
@Singleton
public class Attachments {

    private static final Logger LOG = LoggerFactory.getLogger(Attachments.class);

    private final AttachmentLedger ledger;
    private final AttachmentRepository rows;
    private final AttachmentStore store;
    private final Clock clock;

    public Attachments(AttachmentLedger ledger, AttachmentRepository rows, AttachmentStore store, Clock clock) {
        this.ledger = ledger;
        this.rows = rows;
        this.store = store;
        this.clock = clock;
    }

    public Attachment upload(AttachmentOwner owner, UUID ownerId, InputStream body, String fileName,
                             CurrentUser user) {
        UUID organisationId = owner.requireWritable(ownerId, user);
        ledger.requireRoomFor(owner, ownerId);
        try (InspectedFile file = UploadInspector.inspect(body, fileName, owner.limits())) {
            UUID id = UUID.randomUUID();
            String key = ObjectKeys.of(owner.kind(), ownerId, id);
            Instant now = clock.instant();
            store.put(key, file);
            try {
                return ledger.add(owner, new Attachment(id, owner.kind(), ownerId, organisationId, file.name(),
                        file.type().mediaType(), file.size(), file.sha256(), key, user.username(), now));
            } catch (RuntimeException e) {
                store.delete(key);
                throw e;
            }
        }
    }

    /**
     * A multipart part as the browser sent it. The services receive multipart bodies to disk
     * ({@code micronaut.server.multipart.disk}), so a large file is never held in memory, and the whole body has been
     * read before the answer goes out: a refusal never leaves half a request on the connection.
     */
    public Attachment upload(AttachmentOwner owner, UUID ownerId, CompletedFileUpload part, CurrentUser user) {
        try (InputStream body = part.getInputStream()) {
            return upload(owner, ownerId, body, part.getFilename(), user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Attachment> list(AttachmentOwner owner, UUID ownerId, CurrentUser user) {
        owner.requireReadable(ownerId, user);
        return rows.findByOwnerKindAndOwnerIdOrderByUploadedAt(owner.kind(), ownerId);
    }

    public Download open(AttachmentOwner owner, UUID ownerId, UUID attachmentId, CurrentUser user) {
        owner.requireReadable(ownerId, user);
        Attachment attachment = ledger.find(owner, ownerId, attachmentId);
        return new Download(attachment, store.open(attachment.objectKey()));
    }

    public void remove(AttachmentOwner owner, UUID ownerId, UUID attachmentId, CurrentUser user) {
        owner.requireWritable(ownerId, user);
        Attachment removed = ledger.remove(owner, ownerId, attachmentId, user.username(), clock.instant());
        try {
            store.delete(removed.objectKey());
        } catch (RuntimeException e) {
            // The row and its event are gone, so nobody can reach the bytes; an orphan object only costs space.
            LOG.warn("Attachment {} removed but its object {} could not be deleted: {}", removed.id(),
                    removed.objectKey(), e.toString());
        }
    }

    /** A file to send: its row (name, type, size) and its bytes. */
    public record Download(Attachment attachment, InputStream content) {
    }
}
