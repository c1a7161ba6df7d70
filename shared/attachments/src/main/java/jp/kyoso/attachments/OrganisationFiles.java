package jp.kyoso.attachments;

import java.time.Instant;
import java.util.UUID;
import jp.kyoso.events.DomainEvent;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.ForbiddenException;
import jp.kyoso.web.security.CurrentUser;

/**
 * The usual {@link AttachmentOwner}: a thing that belongs to one organisation, whose files are read as the thing is
 * read and changed by that organisation while the thing is open (409 {@code attachment.closed} otherwise). A reader
 * from another organisation who tries to change them gets 403 {@code attachment.notOwner}, unless the owner hides the
 * thing from such readers and answers its own 404 ({@link #notWriter}).
 *
 * @param <T> the thing, as the service reads it for the user
 */
public abstract class OrganisationFiles<T> implements AttachmentOwner {

    private final String kind;
    private final AttachmentLimits limits;
    private final AttachmentRemovedEvent removedEvent;

    protected OrganisationFiles(String kind, AttachmentLimits limits, AttachmentRemovedEvent removedEvent) {
        this.kind = kind;
        this.limits = limits;
        this.removedEvent = removedEvent;
    }

    /** The thing, if the user may read it; throws the thing's own 404 or 403 otherwise. */
    protected abstract T readable(UUID ownerId, CurrentUser user);

    protected abstract UUID organisationOf(T thing);

    /** Whether its files may change now. */
    protected abstract boolean open(T thing);

    /** What a reader of another organisation hears when changing files: 403, or the thing's 404 where it is hidden. */
    protected RuntimeException notWriter(UUID ownerId) {
        return new ForbiddenException("attachment.notOwner");
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final AttachmentLimits limits() {
        return limits;
    }

    @Override
    public final void requireReadable(UUID ownerId, CurrentUser user) {
        readable(ownerId, user);
    }

    @Override
    public final UUID requireWritable(UUID ownerId, CurrentUser user) {
        T thing = readable(ownerId, user);
        UUID organisationId = organisationOf(thing);
        if (!user.belongsTo(organisationId.toString())) {
            throw notWriter(ownerId);
        }
        if (!open(thing)) {
            throw new ConflictException("attachment.closed");
        }
        return organisationId;
    }

    @Override
    public final DomainEvent removed(Attachment attachment, String removedBy, Instant removedAt) {
        return removedEvent.of(attachment, removedBy, removedAt);
    }
}
