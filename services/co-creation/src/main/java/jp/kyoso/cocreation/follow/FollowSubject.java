package jp.kyoso.cocreation.follow;

/** What a person can follow for the daily digest. */
public enum FollowSubject {
    WORKING_GROUP,
    MEETING
}
