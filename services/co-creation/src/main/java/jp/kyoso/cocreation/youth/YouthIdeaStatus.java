package jp.kyoso.cocreation.youth;

/** A submitted idea may be selected and presented to the mayor, with the outcome recorded. */
public enum YouthIdeaStatus {
    SUBMITTED,
    PRESENTED
}
