package jp.kyoso.fund.domain;

/** The same criteria engine scores applications for selection and funded projects for evaluation. */
public enum ReviewPurpose {
    SELECTION,
    EVALUATION
}
