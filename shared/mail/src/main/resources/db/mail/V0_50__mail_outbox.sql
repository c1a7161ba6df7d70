-- Shared by every service that sends mail (Flyway location classpath:db/mail). Versions 0.50+ never meet
-- db/messaging's 0.x and sort before a service's own V1.

-- Mails rendered in the same transaction as the change they tell about; the relay sends each due row over SMTP,
-- and a failed send is tried again after a growing pause (attempts, next_attempt_at).
create table mail_outbox (
    id              uuid        primary key,
    kind            text        not null,
    recipient       text        not null,
    language        text        not null,
    subject         text        not null,
    body            text        not null,
    created_at      timestamptz not null default now(),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    sent_at         timestamptz
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null;
create index mail_outbox_sent on mail_outbox (sent_at) where sent_at is not null;
