package jp.kyoso.cocreation.profile;

/** What another service reported about an organisation that its public profile shows. */
public enum AchievementKind {
    /** City Lab adopted one of its proposals. */
    PROPOSAL_ADOPTED,
    /** It is a partner of a public-private-academic collaboration project (連携事業). */
    COLLABORATION_PROJECT,
    /** The well-being & SDGs fund awarded it a grant. */
    GRANT_AWARDED
}
