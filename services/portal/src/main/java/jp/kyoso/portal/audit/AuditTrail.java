package jp.kyoso.portal.audit;

import java.util.List;

/** Where the audit trail is kept: append access records and events, read both merged, newest first. */
public interface AuditTrail {

    void append(List<AccessRecord> records);

    /** @return false when the event was stored already (a redelivery) */
    boolean append(AuditedEvent event);

    List<AuditEntry> find(AuditQuery query, int offset, int limit);

    long count(AuditQuery query);
}
