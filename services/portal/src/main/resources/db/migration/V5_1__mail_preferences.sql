-- E-mail (issue 17): each person's language for mails and the kinds they switched off. No row = Japanese, all on.
create table mail_preference (
    user_id        uuid        primary key references app_user (id),
    language       text        not null default 'ja' check (language in ('ja', 'en')),
    disabled_kinds text[]      not null default '{}',
    updated_at     timestamptz not null default now()
);

-- The titles of proposals and fund applications, remembered from their submission events: the outcome events name
-- only ids, and a mail should say which proposal it is about.
create table mail_subject_title (
    subject_id text primary key,
    title      text not null
);
