package jp.kyoso.cocreation.follow;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Activity on followed things. "Followed by a person" means: on a meeting they follow, or on a meeting of a group
 * they follow — and, for a private group, only while they are an active member.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FollowedActivityRepository extends CrudRepository<FollowedActivity, UUID> {

    String FOLLOWED_BY_USER = """
            exists (select 1 from follow f where f.user_id = :userId
                     and ((f.subject_type = 'MEETING' and f.subject_id = a.meeting_id)
                       or (f.subject_type = 'WORKING_GROUP' and f.subject_id = a.working_group_id)))
            and (a.working_group_id is null or exists (select 1 from working_group g where g.id = a.working_group_id
                 and (not g.private_group or exists (select 1 from working_group_member m
                      where m.working_group_id = g.id and m.user_id = :userId and m.status = 'ACTIVE'))))""";

    /** People who follow something that had activity in [from, to). */
    @Query("""
            select distinct f.user_id from followed_activity a join follow f
              on (f.subject_type = 'MEETING' and f.subject_id = a.meeting_id)
              or (f.subject_type = 'WORKING_GROUP' and f.subject_id = a.working_group_id)
            where a.occurred_at >= :from and a.occurred_at < :to""")
    List<String> followersWithActivity(Instant from, Instant to);

    @Query("select a.* from followed_activity a where a.occurred_at >= :from and a.occurred_at < :to and "
            + FOLLOWED_BY_USER + " order by a.occurred_at")
    List<FollowedActivity> followedBy(String userId, Instant from, Instant to);

    @Query("""
            select a.* from followed_activity a join digest_entry e on e.activity_id = a.id
            where e.digest_id = :digestId order by a.occurred_at""")
    List<FollowedActivity> inDigest(UUID digestId);
}
