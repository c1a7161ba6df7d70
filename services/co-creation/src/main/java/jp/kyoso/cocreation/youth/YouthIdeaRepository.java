package jp.kyoso.cocreation.youth;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.List;
import java.util.UUID;

/** Students' ideas. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface YouthIdeaRepository extends PageableRepository<YouthIdea, UUID> {

    Page<YouthIdea> findByThemeId(UUID themeId, Pageable pageable);

    Page<YouthIdea> findByParticipantId(UUID participantId, Pageable pageable);

    List<YouthIdea> findByParticipantIdOrderBySubmittedAt(UUID participantId);
}
