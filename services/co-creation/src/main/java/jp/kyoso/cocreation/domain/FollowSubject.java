package jp.kyoso.cocreation.domain;

/** What a person can follow for the daily digest. */
public enum FollowSubject {
    WORKING_GROUP,
    MEETING
}
