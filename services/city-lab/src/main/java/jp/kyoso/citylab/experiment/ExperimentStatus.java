package jp.kyoso.citylab.experiment;

/** A field-experiment proposal waits for hosts, is agreed by one, or is declined by every department asked. */
public enum ExperimentStatus {
    PROPOSED,
    HOSTS_ASSIGNED,
    AGREED,
    DECLINED,
    WITHDRAWN
}
