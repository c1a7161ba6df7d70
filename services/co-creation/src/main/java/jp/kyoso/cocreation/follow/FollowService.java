package jp.kyoso.cocreation.follow;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;
import jp.kyoso.cocreation.meeting.MeetingService;
import jp.kyoso.cocreation.workinggroup.WorkingGroupService;
import jp.kyoso.web.problem.ConflictException;
import jp.kyoso.web.problem.NotFoundException;
import jp.kyoso.web.security.CurrentUser;

/** Following working groups and meetings for the daily digest; only what the caller may see can be followed. */
@Singleton
public class FollowService {

    private final FollowRepository follows;
    private final WorkingGroupService groups;
    private final MeetingService meetings;
    private final Clock clock;

    public FollowService(FollowRepository follows, WorkingGroupService groups, MeetingService meetings, Clock clock) {
        this.follows = follows;
        this.groups = groups;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Transactional
    public Follow follow(FollowSubject type, UUID subjectId, CurrentUser user) {
        if (type == FollowSubject.WORKING_GROUP) {
            groups.get(subjectId, user);
        } else {
            meetings.get(subjectId, user);
        }
        if (follows.findByUserIdAndSubjectTypeAndSubjectId(user.userId(), type, subjectId).isPresent()) {
            throw new ConflictException("follow.alreadyFollowing");
        }
        try {
            return follows.save(new Follow(UUID.randomUUID(), user.userId(), type, subjectId, clock.instant()));
        } catch (DataAccessException e) {
            throw new ConflictException("follow.alreadyFollowing");
        }
    }

    @Transactional
    public void unfollow(FollowSubject type, UUID subjectId, CurrentUser user) {
        Follow follow = follows.findByUserIdAndSubjectTypeAndSubjectId(user.userId(), type, subjectId)
                .orElseThrow(() -> new NotFoundException("resource.follow", subjectId));
        follows.delete(follow);
    }

    @Transactional(readOnly = true)
    public Page<Follow> of(CurrentUser user, Pageable pageable) {
        return follows.findByUserId(user.userId(), pageable);
    }
}
