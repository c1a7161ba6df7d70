package jp.kyoso.attachments;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageException;
import io.micronaut.objectstorage.ObjectStorageOperations;
import io.micronaut.objectstorage.request.UploadRequest;
import io.micronaut.objectstorage.response.UploadResponse;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Micronaut Object Storage's operations over an S3 bucket: MinIO in compose, a cloud bucket in a cluster.
 * {@code micronaut-object-storage-aws} is not in the package mirror this project builds from; this is the same
 * mapping onto the AWS SDK v2 (the version the Micronaut BOM pins). Credentials come from the SDK's default chain
 * ({@code AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY}, or the platform's role), never from configuration files.
 */
@Singleton
@Named("attachments")
@Requires(property = AttachmentStore.STORAGE_PROPERTY, value = "s3")
public class S3ObjectStorage implements ObjectStorageOperations<PutObjectRequest.Builder, PutObjectResponse,
        DeleteObjectResponse> {

    private final S3Client s3;
    private final String bucket;

    public S3ObjectStorage(@Property(name = "kyoso.attachments.s3.bucket") String bucket,
                           @Nullable @Property(name = "kyoso.attachments.s3.endpoint") String endpoint,
                           @Property(name = "kyoso.attachments.s3.region", defaultValue = "us-east-1") String region) {
        this.bucket = bucket;
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(region))
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        if (endpoint != null && !endpoint.isBlank()) {
            // MinIO and most S3-compatible stores address buckets by path, not by host name. Since SDK 2.30 every
            // request also carries the newer flexible checksums (x-amz-checksum-*, aws-chunked trailers), which many
            // of them refuse with 501 Not Implemented: only where S3 requires a checksum is one sent or checked.
            builder.endpointOverride(URI.create(endpoint)).forcePathStyle(true)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        this.s3 = builder.build();
    }

    @Override
    public UploadResponse<PutObjectResponse> upload(UploadRequest request) {
        return upload(request, ignored -> { });
    }

    @Override
    public UploadResponse<PutObjectResponse> upload(UploadRequest request,
                                                    Consumer<PutObjectRequest.Builder> requestConsumer) {
        PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(bucket).key(request.getKey());
        request.getContentType().ifPresent(put::contentType);
        if (!request.getMetadata().isEmpty()) {
            put.metadata(request.getMetadata());
        }
        requestConsumer.accept(put);
        long size = request.getContentSize()
                .orElseThrow(() -> new IllegalArgumentException("an upload's size must be known"));
        try (InputStream in = request.getInputStream()) {
            PutObjectResponse response = s3.putObject(put.build(), RequestBody.fromInputStream(in, size));
            return UploadResponse.of(request.getKey(), response.eTag(), response);
        } catch (java.io.IOException | SdkException e) {
            // SdkException: the store's refusal (S3Exception) and also a request it cut short, as a store may when it
            // refuses before the body is sent (a missing bucket, seen under load).
            throw new ObjectStorageException("Could not store " + request.getKey(), e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <E extends ObjectStorageEntry<?>> Optional<E> retrieve(String key) {
        try {
            ResponseInputStream<GetObjectResponse> in = s3.getObject(get -> get.bucket(bucket).key(key));
            return Optional.of((E) new Entry(key, in));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public DeleteObjectResponse delete(String key) {
        return s3.deleteObject(delete -> delete.bucket(bucket).key(key));
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(head -> head.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    @Override
    public Set<String> listObjects() {
        return s3.listObjectsV2Paginator(list -> list.bucket(bucket)).contents().stream()
                .map(S3Object::key)
                .collect(Collectors.toSet());
    }

    @PreDestroy
    void close() {
        s3.close();
    }

    private record Entry(String key, ResponseInputStream<GetObjectResponse> in)
            implements ObjectStorageEntry<ResponseInputStream<GetObjectResponse>> {

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public InputStream getInputStream() {
            return in;
        }

        @Override
        public ResponseInputStream<GetObjectResponse> getNativeEntry() {
            return in;
        }

        @Override
        public Optional<String> getContentType() {
            return Optional.ofNullable(in.response().contentType());
        }

        @Override
        public Map<String, String> getMetadata() {
            return in.response().metadata();
        }
    }
}
