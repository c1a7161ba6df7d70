package jp.kyoso.portal.audit;

import java.time.Instant;

/**
 * Filters of the audit trail; each null filter matches everything.
 *
 * @param user a user id or username: the user of an access record, the actor of an event
 * @param record a record id: an event's aggregate, or found anywhere in an access record's path
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(String user, String record, Instant from, Instant to) {
}
