package jp.kyoso.cocreation.youth;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.UUID;

/** Themes of the youth programme. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface YouthThemeRepository extends PageableRepository<YouthTheme, UUID> {
}
