package jp.kyoso.portal.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AppUserRepository extends CrudRepository<AppUserRow, UUID> {

    Optional<AppUserRow> findByUsername(String username);

    boolean existsByUsername(String username);

    void update(@Id UUID id, String passwordHash);

    // The e-mail given at sign-up is contact data too: an erasure removes it with the name.
    @Query("update app_user set display_name = :displayName, email = null where id = :id")
    long updateDisplayName(UUID id, String displayName);
}
