-- The relay no longer moves each sent row to outbox_event_sent (a delete and an insert per event, most of the relay's
-- time): it reads outbox_event in seq order from its last position, which it keeps in outbox_relay_position, and the
-- rows stay where they are as the history that OutboxMaintenance prunes after the retention.
--
-- Reading in seq order from a position needs seq order to be an order no commit can slip behind. A row becomes
-- visible at its commit, so a transaction that took seq 10 and commits after the one that took seq 11 would be passed
-- for good. The relay therefore never passes a missing seq until it knows the transaction that took it has ended
-- (OutboxCursor): it takes a transaction id after seeing the gap, and passes once no transaction older than that id
-- is running. That only holds if the transaction had its id before it took its seq, which outbox_next_seq makes
-- sure of: a column default runs before the insert gives a transaction without an id its first one.
create sequence outbox_event_order;

create function outbox_next_seq() returns bigint
    language plpgsql as
$$
begin
    perform pg_current_xact_id(); -- this transaction's id first, then its place in the order
    return nextval('outbox_event_order');
end
$$;

-- The relay's position: every event up to last_seq has been sent (or its seq was never committed). One row.
create table outbox_relay_position (
    only_row boolean primary key default true check (only_row),
    last_seq bigint  not null
);

do
$$
    declare
        identity_sequence text := pg_get_serial_sequence('outbox_event', 'seq');
        last_value        bigint;
        called            boolean;
    begin
        execute format('select last_value, is_called from %s', identity_sequence) into last_value, called;
        perform setval('outbox_event_order', last_value, called);
        -- Every row still in outbox_event is waiting: the position is just before the oldest of them. The old relay
        -- could send a row past an older waiting one (of another aggregate), so some sent rows may lie after it; they
        -- are sent again, and the consumers' inboxes drop them.
        insert into outbox_relay_position (last_seq)
        values (coalesce((select min(seq) - 1 from outbox_event),
                         case when called then last_value else last_value - 1 end));
    end
$$;

alter table outbox_event alter column seq drop identity;
alter table outbox_event alter column seq set default outbox_next_seq();
alter sequence outbox_event_order owned by outbox_event.seq;

insert into outbox_event (seq, id, topic, event_key, event_type, source, occurred_at, correlation_id, payload,
                          created_at)
select seq, id, topic, event_key, event_type, source, occurred_at, correlation_id, payload, created_at
from outbox_event_sent;
drop view outbox_event_all;
drop table outbox_event_sent;

-- Pruning by age, as outbox_event_sent had.
create index outbox_event_created on outbox_event using brin (created_at);
