package jp.kyoso.events.sdg;

/**
 * The side of sustainability a goal belongs to, as the plan's KPIs and the declaration registry's "three sides"
 * rule use them. Goals are assigned as in the Stockholm Resilience Centre's "wedding cake", the model the Cabinet
 * Office's SDGs Future City documents use; goal 17 (partnership) spans all three and counts for none.
 */
public enum SdgSide {
    ECONOMY("経済", "Economy"),
    SOCIETY("社会", "Society"),
    ENVIRONMENT("環境", "Environment"),
    PARTNERSHIP("パートナーシップ", "Partnership");

    private final String japanese;
    private final String english;

    SdgSide(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    public String japanese() {
        return japanese;
    }

    public String english() {
        return english;
    }

    /** The three sides a balanced set of commitments must cover. */
    public boolean isPillar() {
        return this != PARTNERSHIP;
    }
}
