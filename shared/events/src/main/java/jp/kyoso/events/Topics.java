package jp.kyoso.events;

/** One topic per aggregate, {@code <context>.<aggregate>.events}; its dead letters go to {@code <topic>.dlq}. */
public final class Topics {

    public static final String COCREATION_ORGANISATION = "cocreation.organisation.events";
    public static final String COCREATION_SEED = "cocreation.seed.events";
    public static final String COCREATION_ISSUE = "cocreation.issue.events";
    public static final String CITYLAB_CHALLENGE = "citylab.challenge.events";
    public static final String CITYLAB_PROJECT = "citylab.project.events";
    public static final String CITYLAB_EXPERIMENT = "citylab.experiment.events";
    public static final String FUND_CONTRIBUTION = "fund.contribution.events";
    public static final String FUND_CALL = "fund.call.events";
    public static final String FUND_APPLICATION = "fund.application.events";
    public static final String DECLARATIONS_DECLARATION = "declarations.declaration.events";
    public static final String COCREATION_WORKING_GROUP = "cocreation.workinggroup.events";
    public static final String COCREATION_MEETING = "cocreation.meeting.events";
    public static final String COCREATION_ACTION_ITEM = "cocreation.actionitem.events";
    public static final String PORTAL_ACCOUNT = "portal.account.events";
    /** A person's daily digest of what they follow (keyed by the person's user id). */
    public static final String COCREATION_DIGEST = "cocreation.digest.events";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
