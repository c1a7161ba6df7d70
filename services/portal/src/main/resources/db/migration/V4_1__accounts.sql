-- Go-live accounts (issue 17): accounts the administrators manage, credentials every user keeps themselves, and
-- sign-in state shared by every portal replica.

-- must_change_password: a generated initial password (or the bootstrap one) works once, for setting a new one.
-- token_version: raised on every change that must end the sessions already handed out (deactivation, role change,
-- password change or reset); a token carrying an older version is refused by every portal replica.
-- totp_secret: Base32 TOTP key; totp_enabled once the user confirmed a code of their authenticator app.
alter table app_user
    add column must_change_password boolean not null default false,
    add column token_version        integer not null default 0,
    add column totp_secret          text,
    add column totp_enabled         boolean not null default false;
create index app_user_email on app_user (lower(email)) where email is not null;

-- The first administrator of a production start is created once; this row is the proof, so a second start with
-- the bootstrap variables still set changes nothing.
create table admin_bootstrap (
    singleton  boolean     primary key default true check (singleton),
    user_id    uuid        not null,
    created_at timestamptz not null default now()
);

-- Failed sign-ins per username, shared by every portal replica; rows older than the window are pruned on write.
create table login_failure (
    id        bigserial   primary key,
    username  text        not null,
    failed_at timestamptz not null
);
create index login_failure_username on login_failure (username, failed_at);

-- One-time password reset links: only the SHA-256 of the token is kept, so the table cannot be used to sign in.
create table password_reset (
    token_hash text        primary key,
    user_id    uuid        not null references app_user (id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index password_reset_user on password_reset (user_id);
