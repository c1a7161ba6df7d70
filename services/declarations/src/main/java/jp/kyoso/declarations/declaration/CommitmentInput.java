package jp.kyoso.declarations.declaration;

/** One commitment as the declarant typed it; the target is checked against the 169 when saved. */
public record CommitmentInput(String sdgTarget, String action, String indicator, String baseline, String targetValue,
                              int targetYear) {
}
