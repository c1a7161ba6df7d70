-- Shared by every service (Flyway location classpath:db/messaging). Versions 0.x sort before a service's own V1.

-- Events written in the same transaction as the state change they describe; the relay publishes them in seq order.
create table outbox_event (
    seq            bigint generated always as identity primary key,
    id             uuid        not null unique,
    topic          text        not null,
    event_key      text        not null,
    event_type     text        not null,
    source         text        not null,
    occurred_at    timestamptz not null,
    correlation_id text,
    payload        text        not null,
    created_at     timestamptz not null default now(),
    published_at   timestamptz
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
create index outbox_event_published on outbox_event (published_at) where published_at is not null;

-- One row per event a consumer has handled: the handler's changes and this row commit together,
-- so a redelivered event finds its row and changes nothing.
create table inbox_event (
    consumer    text        not null,
    event_id    text        not null,
    event_type  text        not null,
    topic       text        not null,
    received_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
