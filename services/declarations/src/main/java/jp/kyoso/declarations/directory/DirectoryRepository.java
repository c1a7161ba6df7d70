package jp.kyoso.declarations.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kyoso.declarations.declaration.Declaration;
import jp.kyoso.declarations.declaration.DeclarationStatus;

/** The public side's read-only queries over declarations: the directory search and the whole public registry. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DirectoryRepository extends GenericRepository<Declaration, UUID> {

    Optional<Declaration> findById(UUID id);

    List<Declaration> findByStatusInList(Collection<DeclarationStatus> statuses);

    /**
     * The directory. Every filter is optional (null = any); the free text is matched with a trigram-indexed ILIKE
     * (pg_trgm), which works on Japanese text without word boundaries, and ranks by similarity.
     */
    @Query("select d.* " + FROM_DIRECTORY + """
             order by case when cast(:q as text) is null then 0
                           else similarity(d.search_text, cast(:q as text)) end desc,
                      d.registration_number
             limit :limit offset :offset""")
    List<Declaration> search(List<String> statuses, @Nullable Integer sdgGoal, @Nullable String sdgTarget,
                             @Nullable String organisationType, @Nullable String q, @Nullable String qPattern,
                             int limit, long offset);

    @Query("select count(*) " + FROM_DIRECTORY)
    long countMatches(List<String> statuses, @Nullable Integer sdgGoal, @Nullable String sdgTarget,
                      @Nullable String organisationType, @Nullable String qPattern);

    String FROM_DIRECTORY = """
            from declaration d
            where d.status in (:statuses)
              and (cast(:sdgGoal as integer) is null or exists (select 1 from commitment c
                   where c.declaration_id = d.id and c.goal = cast(:sdgGoal as integer)))
              and (cast(:sdgTarget as text) is null or exists (select 1 from commitment c
                   where c.declaration_id = d.id and c.target = cast(:sdgTarget as text)))
              and (cast(:organisationType as text) is null or d.organisation_type = cast(:organisationType as text))
              and (cast(:qPattern as text) is null or d.search_text ilike cast(:qPattern as text))
            """;
}
