package jp.kyoso.portal.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AppUserRepository extends CrudRepository<AppUserRow, UUID> {

    Optional<AppUserRow> findByUsername(String username);

    boolean existsByUsername(String username);

    void update(@Id UUID id, String passwordHash);

    List<AppUserRow> findByEmailIgnoreCase(String email);

    // Administrators page through accounts by a part of the username, display name or e-mail.
    @Query(value = """
            select * from app_user
             where cast(:pattern as text) is null or lower(username) like :pattern or lower(display_name) like :pattern
                or lower(coalesce(email, '')) like :pattern
             order by username limit :limit offset :offset""")
    List<AppUserRow> search(@Nullable String pattern, int offset, int limit);

    @Query("""
            select count(*) from app_user
             where cast(:pattern as text) is null or lower(username) like :pattern or lower(display_name) like :pattern
                or lower(coalesce(email, '')) like :pattern""")
    long countSearch(@Nullable String pattern);

    @Query("select count(*) from app_user where not disabled and 'ADMIN' = any(roles)")
    long countActiveAdmins();

    // The e-mail given at sign-up is contact data too: an erasure removes it with the name.
    @Query("update app_user set display_name = :displayName, email = null where id = :id")
    long updateDisplayName(UUID id, String displayName);
}
