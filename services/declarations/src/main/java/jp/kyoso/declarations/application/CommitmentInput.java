package jp.kyoso.declarations.application;

/** One commitment as the declarant typed it; the target is checked against the 169 when saved. */
public record CommitmentInput(String target, String action, String indicator, String baseline, String targetValue,
                              int targetYear) {
}
