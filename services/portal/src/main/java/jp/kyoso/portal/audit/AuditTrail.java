package jp.kyoso.portal.audit;

import java.util.List;

/** Where the audit trail is kept: append access records and events, read both merged, newest first. */
public interface AuditTrail {

    void append(List<AccessRecord> records);

    /** In one statement; an event stored already (a redelivery) is left as it is. */
    void appendEvents(List<AuditedEvent> events);

    List<AuditEntry> find(AuditQuery query, int offset, int limit);

    long count(AuditQuery query);
}
