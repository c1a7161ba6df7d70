package jp.kyoso.events.citylab;

/** How a collaboration project came about: the two City Lab types. */
public enum ProjectOrigin {
    /** 課題解決型: a department's challenge and an adopted proposal. */
    CHALLENGE,
    /** 実証実験提案型: a company's field-experiment proposal the city agreed to host. */
    FIELD_EXPERIMENT
}
