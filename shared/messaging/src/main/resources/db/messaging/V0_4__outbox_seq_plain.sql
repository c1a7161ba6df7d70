-- The relay no longer passes a missing seq by comparing transaction ids with the oldest one running on the server,
-- which made any long transaction, in any database, hold back a seq whose writer had rolled back. It now waits for
-- the transactions that were writing to the outbox when it saw the gap (OutboxCursor: their locks on outbox_event in
-- pg_locks), which does not need a writer to have its transaction id before its seq: the seq is a plain nextval again.
alter table outbox_event alter column seq set default nextval('outbox_event_order');
drop function outbox_next_seq();
