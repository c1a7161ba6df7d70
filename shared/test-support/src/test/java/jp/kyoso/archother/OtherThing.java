package jp.kyoso.archother;

/** A class of "another service" for FeatureRulesTest. */
public record OtherThing(String name) {
}
