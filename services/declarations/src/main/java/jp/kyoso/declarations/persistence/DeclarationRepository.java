package jp.kyoso.declarations.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import jp.kyoso.declarations.domain.Declaration;
import jp.kyoso.declarations.domain.DeclarationStatus;

/** Declarations; updates check the version, so concurrent edits never silently overwrite each other. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DeclarationRepository extends PageableRepository<Declaration, UUID> {

    Page<Declaration> findByStatus(DeclarationStatus status, Pageable pageable);

    Page<Declaration> findByOrganisationId(UUID organisationId, Pageable pageable);

    boolean existsByOrganisationIdAndStatusNotEqual(UUID organisationId, DeclarationStatus status);

    List<Declaration> findByStatusInList(Collection<DeclarationStatus> statuses);

    /**
     * The public directory. Every filter is optional (null = any); the keyword is matched with a trigram-indexed
     * ILIKE (pg_trgm), which works on Japanese text without word boundaries, and ranks by similarity.
     */
    @Query("select d.* " + FROM_DIRECTORY + """
             order by case when cast(:keyword as text) is null then 0
                           else similarity(d.search_text, cast(:keyword as text)) end desc,
                      d.registration_number
             limit :limit offset :offset""")
    List<Declaration> directory(List<String> statuses, @Nullable Integer goal, @Nullable String target,
                                @Nullable String organisationType, @Nullable String keyword,
                                @Nullable String keywordPattern, int limit, long offset);

    @Query("select count(*) " + FROM_DIRECTORY)
    long countDirectory(List<String> statuses, @Nullable Integer goal, @Nullable String target,
                        @Nullable String organisationType, @Nullable String keywordPattern);

    String FROM_DIRECTORY = """
            from declaration d
            where d.status in (:statuses)
              and (cast(:goal as integer) is null or exists (select 1 from commitment c
                   where c.declaration_id = d.id and c.goal = cast(:goal as integer)))
              and (cast(:target as text) is null or exists (select 1 from commitment c
                   where c.declaration_id = d.id and c.target = cast(:target as text)))
              and (cast(:organisationType as text) is null or d.organisation_type = cast(:organisationType as text))
              and (cast(:keywordPattern as text) is null or d.search_text ilike cast(:keywordPattern as text))
            """;
}
