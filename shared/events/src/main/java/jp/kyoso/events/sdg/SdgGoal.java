package jp.kyoso.events.sdg;

/** One of the 17 goals, with its names in both languages and its side. */
public record SdgGoal(int number, String english, String japanese, SdgSide side) {
}
