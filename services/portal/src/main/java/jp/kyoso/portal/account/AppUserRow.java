package jp.kyoso.portal.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.UUID;

/** One row of {@code app_user}; roles are a PostgreSQL {@code text[]} since they are only ever read with the user. */
@MappedEntity("app_user")
public record AppUserRow(
        @Id UUID id,
        String username,
        String passwordHash,
        String displayName,
        @Nullable UUID organisationId,
        @Nullable String organisationName,
        @TypeDef(type = DataType.STRING_ARRAY) String[] roles,
        @DateCreated @Nullable Instant createdAt,
        boolean disabled,
        @Nullable String email,
        boolean mustChangePassword,
        int tokenVersion,
        @Nullable String totpSecret,
        boolean totpEnabled) {
}
