package jp.kyoso.cocreation.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.UUID;
import jp.kyoso.cocreation.domain.YouthTheme;

/** Themes of the youth programme. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface YouthThemeRepository extends PageableRepository<YouthTheme, UUID> {
}
