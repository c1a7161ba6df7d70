package jp.kyoso.cocreation.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import jp.kyoso.cocreation.domain.ActivityKind;
import jp.kyoso.cocreation.domain.FollowedActivity;
import jp.kyoso.cocreation.domain.Meeting;
import jp.kyoso.cocreation.persistence.FollowedActivityRepository;

/** Logs what happens to meetings for the followers' daily digest, in the caller's transaction. */
@Singleton
public class ActivityLog {

    private final FollowedActivityRepository activities;
    private final Clock clock;

    public ActivityLog(FollowedActivityRepository activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    void record(Meeting meeting, ActivityKind kind) {
        record(meeting, kind, meeting.title());
    }

    void record(Meeting meeting, ActivityKind kind, String title) {
        activities.save(FollowedActivity.of(meeting, kind, title, clock.instant()));
    }
}
