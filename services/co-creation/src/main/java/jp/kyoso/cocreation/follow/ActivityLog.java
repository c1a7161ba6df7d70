package jp.kyoso.cocreation.follow;

import jakarta.inject.Singleton;
import java.time.Clock;
import jp.kyoso.cocreation.meeting.Meeting;

/** Logs what happens to meetings for the followers' daily digest, in the caller's transaction. */
@Singleton
public class ActivityLog {

    private final FollowedActivityRepository activities;
    private final Clock clock;

    public ActivityLog(FollowedActivityRepository activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    public void record(Meeting meeting, ActivityKind kind) {
        record(meeting, kind, meeting.title());
    }

    public void record(Meeting meeting, ActivityKind kind, String title) {
        activities.save(FollowedActivity.of(meeting, kind, title, clock.instant()));
    }
}
