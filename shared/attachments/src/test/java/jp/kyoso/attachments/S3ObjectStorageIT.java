package jp.kyoso.attachments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageException;
import io.micronaut.objectstorage.request.UploadRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import jp.kyoso.testsupport.SampleFiles;
import jp.kyoso.web.problem.NotFoundException;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.TransientApiMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link S3ObjectStorage} against a real S3 server: S3Proxy in this JVM on loopback, over jclouds' in-memory store,
 * speaking the S3 REST protocol with V4 signatures as MinIO or a cloud bucket would. The storage is built the way the
 * services build it (endpoint override, path-style addressing, the SDK's default credential chain).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3ObjectStorageIT {

    private static final String BUCKET = "kyoso-attachments";
    private static final String ACCESS_KEY = "kyoso-test";
    private static final String SECRET_KEY = "kyoso-test-secret";

    private BlobStoreContext blobs;
    private S3Proxy server;
    private S3ObjectStorage storage;
    private AttachmentStore store;

    @BeforeAll
    void startServer() throws Exception {
        blobs = ContextBuilder.newBuilder(new TransientApiMetadata()).credentials(ACCESS_KEY, SECRET_KEY)
                .overrides(new Properties()).build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
        server = S3Proxy.builder().blobStore(blobs.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        server.start();
        // The SDK's default chain reads these system properties first, as it reads AWS_ACCESS_KEY_ID in a pod.
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
        storage = new S3ObjectStorage(BUCKET, "http://127.0.0.1:" + server.getPort(), "us-east-1");
        store = new AttachmentStore(storage);
    }

    @AfterAll
    void stopServer() throws Exception {
        storage.close();
        server.stop();
        blobs.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void anAttachmentIsStoredReadAndDeletedWithItsTypeAndOriginalName() throws IOException {
        String key = ObjectKeys.of("proposal", UUID.randomUUID(), UUID.randomUUID());
        byte[] pdf = SampleFiles.pdf();
        try (InspectedFile file = UploadInspector.inspect(new ByteArrayInputStream(pdf), "事業計画書（第2版）.pdf",
                AttachmentLimits.documents(1, 1))) {
            store.put(key, file);
        }

        assertTrue(storage.exists(key));
        assertTrue(store.keys().contains(key), () -> "listed: " + store.keys());
        ObjectStorageEntry<?> entry = storage.<ObjectStorageEntry<?>>retrieve(key).orElseThrow();
        try (InputStream in = entry.getInputStream()) {
            assertArrayEquals(pdf, in.readAllBytes());
        }
        assertEquals(key, entry.getKey());
        assertEquals(Optional.of("application/pdf"), entry.getContentType());
        assertEquals(Optional.of("事業計画書（第2版）.pdf"), FileUpload.originalName(entry.getMetadata()));
        try (InputStream in = store.open(key)) {
            assertArrayEquals(pdf, in.readAllBytes());
        }

        store.delete(key);
        assertFalse(storage.exists(key));
        assertFalse(store.keys().contains(key));
        assertThrows(NotFoundException.class, () -> store.open(key));
    }

    @Test
    void aMissingKeyIsNotFoundAndDeletingItIsHarmless() {
        String missing = ObjectKeys.of("application", UUID.randomUUID(), UUID.randomUUID());

        assertFalse(storage.exists(missing));
        assertEquals(Optional.empty(), storage.retrieve(missing));
        assertThrows(NotFoundException.class, () -> store.open(missing));
        storage.delete(missing);
        assertFalse(storage.exists(missing));
    }

    @Test
    void aFileOfSeveralMegabytesArrivesWhole() throws IOException {
        byte[] big = new byte[7 * 1024 * 1024 + 13];
        new Random(19).nextBytes(big);
        String key = ObjectKeys.of("grant-report", UUID.randomUUID(), UUID.randomUUID());

        storage.upload(UploadRequest.fromBytes(big, key, "application/octet-stream"));

        ObjectStorageEntry<?> entry = storage.<ObjectStorageEntry<?>>retrieve(key).orElseThrow();
        try (InputStream in = entry.getInputStream()) {
            assertArrayEquals(big, in.readAllBytes());
        }
        assertEquals(Optional.of("application/octet-stream"), entry.getContentType());
        storage.delete(key);
    }

    @Test
    void keysLikePathsAreKeptApartAndListedWhole() throws IOException {
        UUID owner = UUID.randomUUID();
        String first = ObjectKeys.of("declaration", owner, UUID.randomUUID());
        String second = ObjectKeys.of("declaration", owner, UUID.randomUUID());
        String deeper = first + "/thumbnail";
        storage.upload(UploadRequest.fromBytes("一".getBytes(StandardCharsets.UTF_8), first, "text/plain"));
        storage.upload(UploadRequest.fromBytes("二".getBytes(StandardCharsets.UTF_8), second, "text/plain"));
        storage.upload(UploadRequest.fromBytes("三".getBytes(StandardCharsets.UTF_8), deeper, "text/plain"));

        assertTrue(storage.listObjects().containsAll(Set.of(first, second, deeper)), () -> "listed: "
                + storage.listObjects());
        assertEquals("一", read(first));
        assertEquals("三", read(deeper));
        assertFalse(storage.exists("declaration/" + owner), "a key's prefix is no object");

        storage.delete(first);
        assertFalse(storage.exists(first));
        assertEquals("三", read(deeper), "deleting a key leaves the keys under it alone");
        assertEquals("二", read(second));
        storage.delete(second);
        storage.delete(deeper);
    }

    @Test
    void anUploadOfUnknownSizeIsRefusedBeforeAnythingIsSent() {
        String key = ObjectKeys.of("proposal", UUID.randomUUID(), UUID.randomUUID());
        UploadRequest unsized = new UploadRequest() {
            @Override
            public Optional<String> getContentType() {
                return Optional.of("application/pdf");
            }

            @Override
            public String getKey() {
                return key;
            }

            @Override
            public Optional<Long> getContentSize() {
                return Optional.empty();
            }

            @Override
            public InputStream getInputStream() {
                return new ByteArrayInputStream(SampleFiles.pdf());
            }
        };

        assertThrows(IllegalArgumentException.class, () -> storage.upload(unsized));
        assertFalse(storage.exists(key));
    }

    @Test
    void aBucketThatDoesNotExistIsAStorageError() {
        S3ObjectStorage elsewhere = new S3ObjectStorage("no-such-bucket", "http://127.0.0.1:" + server.getPort(),
                "us-east-1");
        try {
            String key = ObjectKeys.of("proposal", UUID.randomUUID(), UUID.randomUUID());
            assertThrows(ObjectStorageException.class, () -> elsewhere.upload(UploadRequest.fromBytes(
                    SampleFiles.pdf(), key, "application/pdf")));
        } finally {
            elsewhere.close();
        }
    }

    private String read(String key) throws IOException {
        try (InputStream in = store.open(key)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
