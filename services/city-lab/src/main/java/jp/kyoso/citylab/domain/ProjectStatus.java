package jp.kyoso.citylab.domain;

/** A collaboration project runs until the partners report its result. */
public enum ProjectStatus {
    ACTIVE,
    COMPLETED
}
