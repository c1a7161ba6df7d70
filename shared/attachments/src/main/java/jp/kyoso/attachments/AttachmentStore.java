package jp.kyoso.attachments;

import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.util.Set;
import jp.kyoso.web.problem.NotFoundException;

/**
 * The object store behind every service's attachments, whichever implementation the configuration chose
 * ({@code kyoso.attachments.storage}: {@code local} for a folder, {@code s3} for MinIO or a cloud bucket).
 */
@Singleton
public class AttachmentStore {

    /** Which object store: {@code local} (default) or {@code s3}. */
    public static final String STORAGE_PROPERTY = "kyoso.attachments.storage";

    private final ObjectStorageOperations<?, ?, ?> operations;

    public AttachmentStore(@Named("attachments") ObjectStorageOperations<?, ?, ?> operations) {
        this.operations = operations;
    }

    public void put(String key, InspectedFile file) {
        operations.upload(new FileUpload(key, file));
    }

    public InputStream open(String key) {
        return operations.<ObjectStorageEntry<?>>retrieve(key)
                .map(ObjectStorageEntry::getInputStream)
                .orElseThrow(() -> new NotFoundException("resource.attachment", key));
    }

    public void delete(String key) {
        operations.delete(key);
    }

    /** Every key in the store: for tests and checks, not for requests. */
    public Set<String> keys() {
        return operations.listObjects();
    }
}
