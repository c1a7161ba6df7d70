package jp.kyoso.citylab.challenge;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Challenges; updates check the version so two people cannot move the same challenge at once. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ChallengeRepository extends PageableRepository<Challenge, UUID> {

    Page<Challenge> findByStatusIn(Collection<ChallengeStatus> statuses, Pageable pageable);

    List<Challenge> findByStatusAndDeadlineLessThanEquals(ChallengeStatus status, Instant at);

    boolean existsByOriginIssueId(UUID originIssueId);

    /**
     * Challenges whose text resembles {@code text}, best first. Trigram similarity needs no word boundaries, so it
     * works on Japanese; {@code word_similarity} lets a short query match a passage of a long background.
     */
    @Query("""
            select id, title, status, department_id,
                   greatest(similarity(title, :text), word_similarity(:text, title || ' ' || background)) as score
            from challenge
            where status <> 'ARCHIVED'
              and greatest(similarity(title, :text), word_similarity(:text, title || ' ' || background)) >= :threshold
            order by score desc, drafted_at desc
            limit :limit""")
    List<SimilarChallenge> findSimilar(String text, double threshold, int limit);
}
