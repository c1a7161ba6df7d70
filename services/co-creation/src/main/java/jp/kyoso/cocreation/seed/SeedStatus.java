package jp.kyoso.cocreation.seed;

/** A seed is in the public catalogue until its organisation (or the secretariat) withdraws it, for good. */
public enum SeedStatus {
    PUBLISHED,
    WITHDRAWN
}
