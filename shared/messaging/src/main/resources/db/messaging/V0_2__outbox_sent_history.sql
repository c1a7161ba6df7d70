-- The relay moves each event it sent out of outbox_event into outbox_event_sent in the transaction that waits for
-- Kafka's acknowledgements, instead of setting published_at in place. That update could never be a HOT update
-- (published_at was in both partial indexes), so every sent row cost a new row version and three index entries;
-- a delete costs one header write, and the history table carries only a BRIN index for the pruning by age.
-- Versioned 0.2 like its neighbour, so services whose own migrations are further along apply it out of order
-- (flyway out-of-order: true in each service).
-- The same columns as outbox_event (copied before published_at leaves it), published_at now always set.
create table outbox_event_sent (like outbox_event);
alter table outbox_event_sent alter column published_at set default now();
insert into outbox_event_sent select * from outbox_event where published_at is not null;
alter table outbox_event_sent alter column published_at set not null;
create index outbox_event_sent_published on outbox_event_sent using brin (published_at);
delete from outbox_event where published_at is not null;

-- Every row left in outbox_event is waiting for the relay, which reads them by the primary key in seq order.
drop index outbox_event_unpublished;
drop index outbox_event_published;
alter table outbox_event drop column published_at;

-- Every event the service wrote and has not pruned yet, waiting or sent: one snapshot of both tables, so that an
-- event being moved by the relay is seen exactly once.
create view outbox_event_all as
select seq, id, topic, event_key, event_type, source, occurred_at, correlation_id, payload, created_at,
       null::timestamptz as published_at
from outbox_event
union all
select seq, id, topic, event_key, event_type, source, occurred_at, correlation_id, payload, created_at, published_at
from outbox_event_sent;
