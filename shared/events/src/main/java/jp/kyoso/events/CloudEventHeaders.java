package jp.kyoso.events;

/** Kafka header names of the CloudEvents 1.0 Kafka protocol binding in binary mode, plus kyoso's extension. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    /** CloudEvents extension attribute: extension names are lower-case letters and digits only. */
    public static final String CORRELATION_ID = "ce_correlationid";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
