package jp.kyoso.citylab.discovery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;
import jp.kyoso.citylab.challenge.Challenge;

/**
 * The challenge search and the challenge × seed pairs "for my seeds" ranks. Japanese has no word boundaries and
 * PostgreSQL no Japanese tokenizer, so the keyword is matched like the seed catalogue's: a trigram-indexed ILIKE on
 * title + background (the {@code challenge_text_trgm} expression) or trigram word similarity, ranked by the latter.
 * SDG targets are one comma-separated column: a goal matches any target code that starts with {@code goal.}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ChallengeSearchRepository extends GenericRepository<Challenge, UUID> {

    String MATCHING = """
            from challenge c
            where c.status in (:statuses)
              and (cast(:departmentId as uuid) is null or c.department_id = cast(:departmentId as uuid))
              and (cast(:goal as text) is null
                   or (',' || c.sdg_targets) like ('%,' || cast(:goal as text) || '.%'))
              and (cast(:target as text) is null
                   or (',' || c.sdg_targets || ',') like ('%,' || cast(:target as text) || ',%'))
              and (cast(:pattern as text) is null
                   or (c.title || ' ' || c.background) ilike cast(:pattern as text)
                   or cast(:keyword as text) <% (c.title || ' ' || c.background))
            """;

    @Query("select c.* " + MATCHING + """
            order by case when cast(:keyword as text) is null then 0
                          else word_similarity(cast(:keyword as text), c.title || ' ' || c.background) end desc,
                     c.published_at desc nulls last, c.drafted_at desc, c.id
            limit :limit offset :offset""")
    List<Challenge> search(List<String> statuses, @Nullable UUID departmentId, @Nullable String goal,
                           @Nullable String target, @Nullable String keyword, @Nullable String pattern,
                           int limit, long offset);

    @Query("select count(*) " + MATCHING)
    long count(List<String> statuses, @Nullable UUID departmentId, @Nullable String goal, @Nullable String target,
               @Nullable String keyword, @Nullable String pattern);

    /** Every published challenge paired with every seed of the organisation, with their trigram text similarity. */
    @Query("""
            select c.id as challenge_id, c.title as challenge_title, c.department_id, c.deadline,
                   c.sdg_targets as challenge_targets, s.id as seed_id, s.title as seed_title,
                   s.sdg_targets as seed_targets,
                   similarity(c.title || ' ' || c.background,
                              s.title || ' ' || s.description || ' ' || s.keywords) as text_similarity
            from challenge c cross join seed s
            where c.status = 'PUBLISHED' and s.organisation_id = :organisationId""")
    List<SeedPairing> pairingsWithSeedsOf(UUID organisationId);
}
