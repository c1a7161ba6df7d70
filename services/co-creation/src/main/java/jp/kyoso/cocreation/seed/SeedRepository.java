package jp.kyoso.cocreation.seed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.util.List;
import java.util.UUID;

/** Seeds and the public catalogue's Japanese search (pg_trgm over title, description and keywords). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SeedRepository extends PageableRepository<Seed, UUID> {

    Page<Seed> findByStatus(SeedStatus status, Pageable pageable);

    Page<Seed> findByOrganisationIdAndStatus(UUID organisationId, SeedStatus status, Pageable pageable);

    List<Seed> findByOrganisationIdAndStatus(UUID organisationId, SeedStatus status);

    long countByOrganisationIdAndStatus(UUID organisationId, SeedStatus status);

    /**
     * The public catalogue, every filter optional: the words are in the text ({@code pattern} is {@code %words%},
     * wildcards escaped) or close to it by trigram word similarity (a variant spelling, a long or short vowel mark),
     * best match first, else newest; a goal matches any target code {@code goal.x}, a target the code itself.
     */
    @Query(value = "select s.* " + CATALOGUE + """
             order by case when cast(:words as text) is null then 0
                           else word_similarity(cast(:words as text), s.search_text) end desc,
                      s.published_at desc, s.id
             limit :limit offset :offset""")
    List<Seed> catalogue(@Nullable String words, @Nullable String pattern, @Nullable String goal,
                         @Nullable String target, int limit, long offset);

    @Query("select count(*) " + CATALOGUE)
    long countCatalogue(@Nullable String words, @Nullable String pattern, @Nullable String goal,
                        @Nullable String target);

    String CATALOGUE = """
            from seed s
            where s.status = 'PUBLISHED'
              and (cast(:pattern as text) is null or s.search_text ilike cast(:pattern as text)
                   or cast(:words as text) <% s.search_text)
              and (cast(:goal as text) is null or exists (select 1 from unnest(s.sdg_targets) t
                   where t like cast(:goal as text) || '.%'))
              and (cast(:target as text) is null or cast(:target as text) = any(s.sdg_targets))
            """;
}
