package jp.kyoso.citylab.domain;

/** A department's answer to hosting a field experiment. */
public enum HostStatus {
    ASSIGNED,
    ACCEPTED,
    DECLINED
}
