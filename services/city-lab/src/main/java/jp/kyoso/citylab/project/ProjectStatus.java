package jp.kyoso.citylab.project;

/** A collaboration project runs until the partners report its result. */
public enum ProjectStatus {
    ACTIVE,
    COMPLETED
}
