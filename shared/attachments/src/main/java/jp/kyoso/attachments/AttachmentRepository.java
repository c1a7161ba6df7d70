package jp.kyoso.attachments;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

/** The attachment rows of the service this library runs in. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AttachmentRepository extends CrudRepository<Attachment, UUID> {

    List<Attachment> findByOwnerKindAndOwnerIdOrderByUploadedAt(String ownerKind, UUID ownerId);

    long countByOwnerKindAndOwnerId(String ownerKind, UUID ownerId);

    /** Serialises uploads to one thing until the transaction ends, so two at once cannot pass the count limit. */
    @Query("select count(*) > 0 from (select pg_advisory_xact_lock(hashtextextended(:ownerKey, 0))) locked")
    boolean lockOwner(String ownerKey);
}
