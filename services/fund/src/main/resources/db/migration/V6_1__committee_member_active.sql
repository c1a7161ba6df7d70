-- The committee is learnt from the portal's account events (issue 17): a member is in the pool as soon as their
-- account has the COMMITTEE role, and leaves it (active = false) when the account is deactivated or loses the role.
-- Members who registered themselves on first use before stay active.
alter table committee_member add column active boolean not null default true;
