-- Single sign-on (OpenID Connect): which identity-provider account is which kyoso account, and the short-lived
-- single-use codes the page exchanges for the portal's token after the provider's redirect.

-- One row per person the identity provider vouched for: (issuer, subject) is the provider's stable id of the person
-- (OIDC Core 2: unique and never reassigned within the issuer), so a renamed login or changed e-mail stays the same
-- account. An account has at most one link.
create table sso_link (
    issuer          text        not null,
    subject         text        not null,
    user_id         uuid        not null unique references app_user (id),
    linked_at       timestamptz not null default now(),
    last_sign_in_at timestamptz not null default now(),
    primary key (issuer, subject)
);

-- Only the SHA-256 of a code is kept, so a copy of the table exchanges nothing; a code is deleted when used.
create table sso_code (
    code_hash  text        primary key,
    user_id    uuid        not null references app_user (id),
    expires_at timestamptz not null
);
create index sso_code_expiry on sso_code (expires_at);
