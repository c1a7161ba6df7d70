package jp.kyoso.citylab.experiment;

/** A department's answer to hosting a field experiment. */
public enum HostStatus {
    ASSIGNED,
    ACCEPTED,
    DECLINED
}
