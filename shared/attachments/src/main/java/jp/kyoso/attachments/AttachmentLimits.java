package jp.kyoso.attachments;

import java.util.Set;

/**
 * What one kind of attachment may be: the largest file, how many files one thing may carry, and which types.
 *
 * @param maxBytes largest file in bytes
 * @param maxCount most files attached to one thing (a proposal, an application, ...)
 * @param types    the accepted types, checked by content
 */
public record AttachmentLimits(long maxBytes, int maxCount, Set<FileType> types) {

    private static final long MEGABYTE = 1024L * 1024L;

    public AttachmentLimits {
        if (maxBytes <= 0 || maxCount <= 0 || types.isEmpty()) {
            throw new IllegalArgumentException("limits must allow something");
        }
        types = Set.copyOf(types);
    }

    /** Documents and pictures up to {@code megabytes} each, at most {@code maxCount} of them. */
    public static AttachmentLimits documents(int megabytes, int maxCount) {
        return new AttachmentLimits(megabytes * MEGABYTE, maxCount, FileType.DOCUMENTS_AND_IMAGES);
    }

    /** The size limit in whole megabytes, for messages. */
    public long maxMegabytes() {
        return maxBytes / MEGABYTE;
    }
}
