package jp.kyoso.fund.review;

/** The same criteria engine scores applications for selection and funded projects for evaluation. */
public enum ReviewPurpose {
    SELECTION,
    EVALUATION
}
