package jp.kyoso.cocreation.issue;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Issues, their endorsements (one per person, by primary key) and the trigram similarity of Japanese text. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface IssueRepository extends PageableRepository<Issue, UUID> {

    Page<Issue> findByStatus(IssueStatus status, Pageable pageable);

    /**
     * Issues not merged away whose title and body resemble {@code text}: the better of whole-text trigram similarity
     * and word similarity (a short draft against a long issue), most similar first.
     */
    @Query("""
            select * from issue
            where status <> 'MERGED'
              and greatest(similarity(search_text, :text), word_similarity(:text, search_text)) >= :threshold
            order by greatest(similarity(search_text, :text), word_similarity(:text, search_text)) desc, created_at desc
            limit :limit""")
    List<Issue> similarTo(String text, double threshold, int limit);

    /** Issues not merged away that contain the words or come close (trigram word similarity), best match first. */
    @Query(value = """
            select * from issue
            where status <> 'MERGED' and (search_text ilike :pattern or :words <% search_text)
            order by word_similarity(:words, search_text) desc, created_at desc, id""",
            countQuery = """
            select count(*) from issue
            where status <> 'MERGED' and (search_text ilike :pattern or :words <% search_text)""")
    Page<Issue> search(String words, String pattern, Pageable pageable);

    /** @return 1 when recorded, 0 when this person had already endorsed the issue */
    @Query("""
            insert into issue_endorsement (issue_id, user_id, organisation_id, endorsed_at)
            values (:issueId, :userId, :organisationId, :at) on conflict do nothing""")
    long endorse(UUID issueId, String userId, UUID organisationId, Instant at);

    /** Moves the endorsements of a duplicate to the issue it was merged into; a person counts once there too. */
    @Query("""
            insert into issue_endorsement (issue_id, user_id, organisation_id, endorsed_at)
            select :target, user_id, organisation_id, endorsed_at from issue_endorsement where issue_id = :source
            on conflict do nothing""")
    long copyEndorsements(UUID source, UUID target);

    /**
     * Recounts endorsements and comments from their tables in one statement, so people endorsing at the same moment
     * never refuse each other; the version moves on, so a secretariat decision read before it is retried.
     */
    @Query("""
            update issue set
              endorsement_count = (select count(*) from issue_endorsement e where e.issue_id = :issueId),
              comment_count = (select count(*) from issue_comment c where c.issue_id = :issueId),
              updated_at = :at,
              version = version + 1
            where id = :issueId""")
    void refreshCounts(UUID issueId, Instant at);
}
