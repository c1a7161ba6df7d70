package jp.kyoso.cocreation.notification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.time.Instant;
import java.util.UUID;

/** Notifications per person. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface NotificationRepository extends PageableRepository<Notification, UUID> {

    Page<Notification> findByUserId(String userId, Pageable pageable);

    Page<Notification> findByUserIdAndReadAtIsNull(String userId, Pageable pageable);

    long countByUserIdAndReadAtIsNull(String userId);

    @Query("update notification set read_at = :at where user_id = :userId and read_at is null")
    long markAllRead(String userId, Instant at);
}
