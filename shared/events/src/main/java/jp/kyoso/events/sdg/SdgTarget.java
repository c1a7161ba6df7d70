package jp.kyoso.events.sdg;

/** One of the 169 targets: its code as the UN writes it ({@code 4.2}, {@code 8.10}, {@code 17.a}) and its goal. */
public record SdgTarget(String code, SdgGoal goal) {
}
